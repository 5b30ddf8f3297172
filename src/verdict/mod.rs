//! From facts to what they mean: each outcome and cause in plain words,
//! why nothing works ([`outcome`]), and the RFC 8314 ranking that picks the
//! recommendation ([`policy`]).

pub mod outcome;
pub mod policy;
pub mod words;
