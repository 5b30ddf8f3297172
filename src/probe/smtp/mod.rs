//! The SMTP submission dialogue. `reply`, `ehlo` and `command` are pure;
//! `dialogue` talks to a server and sends the password.

pub mod command;
pub(crate) mod dialogue;
pub mod ehlo;
pub mod reply;
