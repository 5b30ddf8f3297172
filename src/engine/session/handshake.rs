//! The TLS handshake of a transport check, and what a refused
//! certificate means (untrusted, expired, another name, a chain sent
//! without its intermediate, a name only in the CN, a weak key).

use super::*;

/// A finished TLS handshake.
pub(super) struct Handshaken<S> {
    pub(super) stream: tokio_rustls::client::TlsStream<S>,
    /// The server asked for a client certificate (none was sent).
    pub(super) asked_for_client_certificate: bool,
}

/// Runs a TLS handshake and records the certificate in `attempt`.
pub(super) async fn handshake<S: Io>(
    shared: &Shared,
    host: &str,
    stream: S,
    attempt: &mut Attempt,
    plaintext_seen: impl Fn(&S) -> bool,
) -> Result<Handshaken<S>, Failure> {
    let name = ServerName::try_from(host.to_owned()).map_err(|_| {
        Failure::new(
            Outcome::TlsFailed,
            Phase::TlsHandshake,
            format!("{host:?} is not a valid TLS server name"),
        )
    })?;
    let (connector, record) = shared
        .trust
        .connector()
        .map_err(|e| Failure::new(Outcome::TlsFailed, Phase::TlsHandshake, e.to_string()))?;
    let result = tokio::time::timeout(shared.timeout, connector.connect(name, stream).into_fallible()).await;
    let seen = record.take();
    if let Some(seen) = &seen {
        attempt.certificate = Some(seen.info.clone());
        attempt.certificate_exception = seen.by_exception;
    }
    match result {
        Err(_) => Err(Failure::new(
            Outcome::Timeout,
            Phase::TlsHandshake,
            format!("no TLS handshake within {} s", seconds(shared.timeout)),
        )),
        Ok(Ok(stream)) => Ok(Handshaken {
            stream,
            asked_for_client_certificate: record.client_certificate_asked(),
        }),
        Ok(Err((error, stream))) => {
            if let Some(SeenCertificate {
                info,
                problem: Some(problem),
                sent_alone: seen_alone,
                completes_with_seen_intermediate,
                ..
            }) = seen
            {
                return Err(certificate_failure(
                    &info,
                    problem,
                    seen_alone,
                    completes_with_seen_intermediate,
                    host,
                    &error,
                ));
            }
            if plaintext_seen(&stream) {
                let mut failure = Failure::new(
                    Outcome::WrongMode,
                    Phase::TlsHandshake,
                    "the server answered in plaintext instead of starting TLS",
                );
                failure.try_other_mode = true;
                return Err(failure);
            }
            let failure = Failure::new(Outcome::TlsFailed, Phase::TlsHandshake, error.to_string());
            let failure = match tls::failure_fault(&error) {
                Some(fault) => failure.because(Cause::from(fault)),
                None => failure,
            };
            Err(failure.after_client_certificate_request(record.client_certificate_asked()))
        }
    }
}

/// A handshake the certificate check refused: what was wrong, in the
/// outcome and detail, and the finer cause where the advice differs (a
/// chain sent without its intermediate, a name only in the CN, a weak key).
fn certificate_failure(
    info: &crate::wire::certificate::CertificateInfo,
    problem: CertProblem,
    sent_alone: bool,
    completes_with_seen_intermediate: bool,
    host: &str,
    error: &std::io::Error,
) -> Failure {
    let (outcome, detail) = match &problem {
        CertProblem::Untrusted => (
            Outcome::CertUntrusted,
            format!("certificate issued by {:?} is not trusted", info.issuer),
        ),
        CertProblem::Expired => (
            Outcome::CertExpired,
            format!("certificate valid from {} to {}", info.not_before, info.not_after),
        ),
        CertProblem::NameMismatch if info.common_name_only => (
            Outcome::CertNameMismatch,
            format!(
                "certificate has no subjectAltName; its common name is {}",
                info.names.join(", ")
            ),
        ),
        CertProblem::NameMismatch => (
            Outcome::CertNameMismatch,
            format!("certificate is for {}, not {host}", info.names.join(", ")),
        ),
        CertProblem::Weak => (
            Outcome::TlsFailed,
            format!("certificate refused: its key or signature is too weak ({error})"),
        ),
        CertProblem::Other(why) => (Outcome::TlsFailed, format!("certificate refused: {why}")),
    };
    let cause = match problem {
        CertProblem::Untrusted
            if !info.self_signed
                && sent_alone
                && (info.names_issuer_url || completes_with_seen_intermediate) =>
        {
            Some(Cause::MissingIntermediate)
        }
        CertProblem::NameMismatch if info.common_name_only => Some(Cause::NoSubjectAltName),
        CertProblem::Weak => Some(Cause::WeakKey),
        _ => None,
    };
    let failure = Failure::new(outcome, Phase::TlsHandshake, detail);
    match cause {
        Some(cause) => failure.because(cause),
        None => failure,
    }
}
