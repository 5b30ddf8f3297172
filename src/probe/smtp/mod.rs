//! The SMTP submission dialogue. `reply`, `ehlo` and `command` are pure;
//! `session` talks to a server; `login` sends the password.

pub mod command;
pub mod ehlo;
pub(crate) mod login;
pub mod reply;
pub(crate) mod session;
