//! Mail Setup Assistant: finds outgoing mail (SMTP) settings that are proven
//! to work, and explains them in plain words.
//!
//! # Layout
//!
//! - `probe/` — the engine; no UI, no printing.
//!   - `mod.rs` — `probe(request, events, cancel) -> Report`: scheduling,
//!     login order, account lock-out protection.
//!   - `candidates.rs` — email parsing; which host/port/mode to try, in what order.
//!   - `net.rs` — resolve (with `--resolve` overrides) and connect, per-phase timeouts.
//!   - `tls.rs` — trusted roots and the user's certificate exceptions; a
//!     verifier that records the certificate and verdict.
//!   - `certificate.rs` — names, issuer, dates, fingerprint of a certificate.
//!   - `connection.rs` — buffered reply reading under a deadline, bounded memory.
//!   - `auth.rs` — SASL PLAIN/LOGIN encodings, wiped after use.
//!   - `smtp/` — `reply.rs`, `ehlo.rs`, `command.rs` (pure parsing and
//!     formatting); `session.rs` (transport check); `login.rs` (AUTH).
//!   - `printable.rs` — server text made safe to show (control characters escaped).
//!   - `outcome.rs` — each outcome (and finer cause) in plain words; why nothing works.
//!   - `policy.rs` — RFC 8314 ranking; the recommendation and why.
//!   - `report.rs` — the report types; their JSON is the CLI's contract.
//!   - `error.rs` — errors that stop a probe before it starts.
//! - `secret.rs` — the password type (no Debug leak, zeroized on drop); the
//!   redactor that removes it, in any encoding, from server text.
//! - `text.rs` — a report as plain text (CLI output, text export).
//! - `export.rs` — files for mail programs: Thunderbird autoconfig, Apple
//!   configuration profile (verified settings only, never the password).
//! - `cli.rs` — `mailsetup probe`: flags, password input, human and JSON output.
//! - `console.rs` — Windows: the windowed build attaches to a parent terminal.
//! - `gui/` — the setup wizard (feature `gui`): `app.rs` (state, steps,
//!   messages), `worker.rs` (tokio thread bridge, file dialogs),
//!   `step_account.rs`, `step_checking.rs`, `step_result.rs` (one file per
//!   step), `clients.rs` (each mail client's words), `settings.rs` (what is
//!   remembered between runs).

pub mod cli;
pub mod console;
pub mod export;
#[cfg(feature = "gui")]
pub mod gui;
pub mod probe;
pub mod secret;
pub mod text;
