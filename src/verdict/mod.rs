//! From facts to what they mean: each outcome and cause in plain words
//! ([`outcome`]), why nothing works ([`diagnose`]), the RFC 8314 ranking
//! that picks the recommendation ([`policy`]), what the attempts together
//! say about this computer's network ([`network`]), and the sentences
//! several places show ([`words`]).

pub mod diagnose;
pub mod network;
pub mod outcome;
pub mod policy;
pub mod words;
