//! Mail Setup Assistant: finds the incoming (IMAP, POP3) and outgoing (SMTP)
//! settings of a mail account that are proven to work, and explains them in
//! plain words.
//!
//! # Layout
//!
//! Each room imports only from the rooms listed before it (no circles):
//!
//! - `error.rs` — errors that stop a probe before it starts.
//! - `model.rs` — the protocols, the two halves of an account, how a
//!   connection is protected, where a server name came from, how far an
//!   attempt got; an email address, host names as DNS and TLS know them
//!   (IDNA), the mode a port speaks first. The report shows them as they
//!   are (their JSON names are part of its contract).
//! - `secret.rs` — the password type (no Debug leak, zeroized on drop); the
//!   redactor that removes it, in any encoding, from server text.
//! - `wire/` — no mail protocol, no verdict:
//!   - `net.rs` — resolve (with `--resolve` overrides, or at a chosen DNS
//!     server: MX, SRV, A/AAAA), under the phase's timeout.
//!   - `connect.rs` — TCP connections: a server's addresses raced (RFC
//!     8305), the fate of each kept for the run (`AddressBook`), at most
//!     four connections per server address.
//!   - `tls/` — trusted roots and the user's certificate exceptions; a
//!     verifier that records the certificate and verdict (`mod.rs`); which
//!     root a chain led to and who made it trusted (`anchor.rs`); what
//!     a refused certificate or failed handshake means (`fault.rs`); the
//!     person's certificate files and typed fingerprints (`files.rs`).
//!   - `certificate.rs` — names, issuer, dates, fingerprint of a certificate.
//!   - `connection.rs` — buffered reading of replies, lines and literals
//!     under a deadline, bounded memory; a command is never written while
//!     bytes the server sent ahead are waiting.
//!   - `printable.rs` — server text made safe to show (control, format
//!     and separator characters escaped).
//! - `report/` — `mod.rs`, the report types (their JSON is the CLI's
//!   contract); `text.rs`, a report as plain text (CLI output, text
//!   export; what was tried, grouped by answer, also the window's list);
//!   `export.rs`, files for mail programs (Thunderbird autoconfig, Apple
//!   configuration profile; verified settings only, never the password).
//! - `protocol/` — the dialogues, reporting facts (an `Answer`, the
//!   capabilities, a login result):
//!   - `capabilities.rs` — what a server offers, in one shape for all three
//!     protocols; which password login to use.
//!   - `auth.rs` — SASL PLAIN/LOGIN encodings, wiped after use; the login
//!     result every protocol reports.
//!   - `smtp/` — `reply.rs`, `ehlo.rs`, `command.rs` (pure parsing and
//!     formatting); `dialogue.rs` (greeting, EHLO, STARTTLS, AUTH, QUIT).
//!   - `imap/` — `response.rs` (pure, bounded parser); the dialogue
//!     (CAPABILITY, STARTTLS, AUTHENTICATE PLAIN or LOGIN, LOGOUT).
//!   - `pop3/` — `response.rs` (pure parser); the dialogue (CAPA, STLS,
//!     AUTH PLAIN or USER/PASS, QUIT).
//! - `verdict/` — `outcome.rs`, each outcome (and finer cause) in plain
//!   words; `diagnose.rs`, why nothing works; `policy.rs`, the RFC 8314 ranking per
//!   protocol, IMAP before POP3, the recommendation of each direction and
//!   why; `network/`, what the attempts together say about this
//!   computer's network (a port blocked here, offline, a captive portal
//!   in `portal.rs`, decrypted connections in `interception.rs`, IPv6
//!   that is not carried in `ipv6.rs`) and its clock (`clock.rs`); `words.rs`, sentences more
//!   than one place shows.
//! - `discovery/` — where the servers are: every lookup at once (the
//!   provider's autoconfig over https, `.well-known`, the ISPDB, MX → the
//!   provider's settings, SRV), streaming what each names to the engine;
//!   `autoconfig.rs` reads `config-v1.1.xml` files; `http.rs` fetches
//!   them (`redirect.rs` follows web redirects by hand and names every
//!   hop; they also note the web servers' clocks and certificates for
//!   another name); `dns.rs` asks MX (and the provider's settings) and
//!   SRV; `control.rs` asks once for a name that cannot exist.
//! - `engine/` — no UI, no printing:
//!   - `mod.rs` — `probe(request, events, cancel) -> Report`: the request
//!     checked, the plan, the engine's state, the report at the end.
//!   - `request.rs` — `Request`, `Schedule`, and the `Event`s of a live view.
//!   - `run.rs` — the main loop: the next login, a parked check's turn, or
//!     waiting for a check, a lookup, a silence, within the run's budget.
//!   - `schedule.rs` — starting checks (staggered), one login at a time
//!     per protocol, parking, a silent port tried in its other mode.
//!   - `discovered.rs` — what the lookups name joins the plan; where the
//!     address's domain is.
//!   - `log_in.rs` — whether and how to log in on a ready session (consent,
//!     plaintext once, sparing the account, the mechanism fallback).
//!   - `finish.rs` — each attempt told as it ends; a direction announced
//!     once certain; the rest ended at the run's end or a cancel.
//!   - `certainty.rs` — when a direction's answer is certain (the rule the
//!     CLI's `=>` line, the window and the report share).
//!   - `login.rs` — the ledger of logins (two failed logins per server,
//!     by name and by address; the local part once; providers ruled out)
//!     and what a login's result means.
//!   - `candidates.rs` — which protocol/host/port/mode to try, in what
//!     order.
//!   - `session/` — one transport check for any protocol: connect, TLS
//!     (`handshake.rs`, and what a refused certificate means), STARTTLS
//!     (`starttls.rs`, and the injection rule), greeting, capabilities;
//!     answers become outcomes here.
//!   - `sniff.rs` — the first bytes of a port where TLS was expected, to
//!     tell a plaintext greeting from other handshake failures.
//!   - `seal.rs` — every text of an attempt or lookup, scrubbed of the
//!     password and then escaped, before it leaves the engine.
//!   - `reach.rs` — whether an address is local (loopback, private,
//!     link-local), and where the address's domain itself is.
//! - `oauth/` — signing in with the provider (RFC 8252): the authorization
//!   server's metadata and registration, PKCE, the issuer check
//!   (`endpoints.rs`), the loopback listener the browser comes back to
//!   (`loopback.rs`); the token it gives is a `Password` the engine logs in
//!   with as XOAUTH2 or OAUTHBEARER.
//! - `cli/` — `mailsetup probe`: flags, password input, human and JSON
//!   output (`mod.rs`); `--oauth`'s sign-in before the check (`sign_in.rs`).
//! - `console.rs` — Windows: the windowed build attaches to a parent terminal.
//! - `gui/` — the setup wizard (feature `gui`): `app.rs` (the step, what
//!   outlives it — settings, worker — and what the steps ask for),
//!   `action.rs` (what a step can ask), `step_account.rs` (the form it
//!   owns: password, consent, focus), `check.rs` (a running check's live
//!   view), `step_checking.rs`, `step_result.rs` (the report shown, borrowed,
//!   never cloned per frame), `header.rs` (title, steps line, theme menu,
//!   About), `widgets.rs` (pieces the steps share: named fields, headings
//!   that take the focus on a new page, copy buttons, marks a screen
//!   reader hears), `worker.rs` (tokio thread bridge, file dialogs and the
//!   Downloads fallback), `env.rs` (what the window needs from outside),
//!   `desktop.rs` (the portal: theme, whether a dialog can open),
//!   `findings.rs` (the network box), `tried.rs` ("What we tried"),
//!   `step.rs` (where the person is),
//!   `theme.rs` (light and dark at WCAG AA contrast), `clients.rs` (each
//!   mail client's words), `settings.rs` (what is remembered between runs).

pub mod cli;
pub mod console;
pub mod discovery;
pub mod engine;
pub mod error;
#[cfg(feature = "gui")]
pub mod gui;
pub mod i18n;
pub mod model;
pub mod oauth;
pub mod protocol;
pub mod report;
pub mod secret;
pub mod verdict;
pub mod wire;
