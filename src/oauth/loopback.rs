//! The loopback listener the browser comes back to (RFC 8252 §7.3): on
//! 127.0.0.1 at a port the system picks, for one answer.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::SignInError;

/// What the provider's redirect carried.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Answer {
    pub(super) code: Option<String>,
    pub(super) state: Option<String>,
    pub(super) iss: Option<String>,
    pub(super) error: Option<String>,
    pub(super) error_description: Option<String>,
}

/// The page the browser shows when it comes back signed in (in the
/// browser's light or dark colours).
const DONE_PAGE: &str = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">\
<meta name=\"color-scheme\" content=\"light dark\"><title>Mail Setup Assistant</title>\
<body style=\"font-family:sans-serif;margin:3em\"><h1>Signed in</h1>\
<p>You can close this tab and return to Mail Setup Assistant.</p></body></html>";

/// The page the browser shows when the provider did not sign the person
/// in (they declined, or it refused); the program says why.
const NOT_DONE_PAGE: &str = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">\
<meta name=\"color-scheme\" content=\"light dark\"><title>Mail Setup Assistant</title>\
<body style=\"font-family:sans-serif;margin:3em\"><h1>Not signed in</h1>\
<p>You can close this tab: Mail Setup Assistant says what your provider answered.</p></body></html>";

/// The longest request head read: the redirect is one line and a few headers.
const MAX_HEAD: usize = 16 * 1024;
/// How long one browser connection may take to send its request.
const REQUEST_WAIT: Duration = Duration::from_secs(10);

pub(super) struct Listener {
    listener: TcpListener,
    port: u16,
}

impl Listener {
    pub(super) async fn bind() -> Result<Self, SignInError> {
        let listener = TcpListener::bind(("127.0.0.1", 0))
            .await
            .map_err(|e| SignInError::Local(crate::tr!("oauth-cannot-listen", error = e.to_string())))?;
        let port = listener
            .local_addr()
            .map_err(|e| SignInError::Local(e.to_string()))?
            .port();
        Ok(Self { listener, port })
    }

    /// `http://127.0.0.1:PORT/`: an IP literal, not `localhost` (RFC 8252
    /// §8.3), over http (nothing leaves the computer).
    pub(super) fn redirect_uri(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// The first request to `/` that carries an answer; other requests (a
    /// favicon, a probe) get "not found" and the wait goes on.
    pub(super) async fn answer(&self) -> Result<Answer, SignInError> {
        loop {
            let (mut stream, _) = self
                .listener
                .accept()
                .await
                .map_err(|e| SignInError::Local(e.to_string()))?;
            let Ok(Ok(target)) = tokio::time::timeout(REQUEST_WAIT, request_target(&mut stream)).await else {
                continue;
            };
            let answer = target.strip_prefix("/?").map(parse_query);
            match answer {
                Some(answer) if answer.code.is_some() || answer.error.is_some() => {
                    let page = if answer.error.is_some() {
                        NOT_DONE_PAGE
                    } else {
                        DONE_PAGE
                    };
                    let _ = respond(&mut stream, "200 OK", page).await;
                    return Ok(answer);
                }
                _ => {
                    let _ = respond(&mut stream, "404 Not Found", "").await;
                }
            }
        }
    }
}

/// The target of a `GET` request (`/?code=…`), read from its head.
async fn request_target(stream: &mut TcpStream) -> Result<String, std::io::Error> {
    let mut head = Vec::new();
    let mut buffer = [0_u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = stream.read(&mut buffer).await?;
        if read == 0 || head.len() + read > MAX_HEAD {
            return Err(std::io::ErrorKind::InvalidData.into());
        }
        head.extend_from_slice(&buffer[..read]);
    }
    let line = head.split(|&b| b == b'\r').next().unwrap_or_default();
    let line = String::from_utf8_lossy(line);
    let mut words = line.split(' ');
    match (words.next(), words.next()) {
        (Some("GET"), Some(target)) => Ok(target.to_owned()),
        _ => Err(std::io::ErrorKind::InvalidData.into()),
    }
}

fn parse_query(query: &str) -> Answer {
    let mut answer = Answer::default();
    for (key, value) in oauth2::url::form_urlencoded::parse(query.as_bytes()) {
        let slot = match key.as_ref() {
            "code" => &mut answer.code,
            "state" => &mut answer.state,
            "iss" => &mut answer.iss,
            "error" => &mut answer.error,
            "error_description" => &mut answer.error_description,
            _ => continue,
        };
        slot.get_or_insert_with(|| value.into_owned());
    }
    answer
}

async fn respond(stream: &mut TcpStream, status: &str, body: &str) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\n\
         cache-control: no-store\r\nconnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_redirect_query_is_read_once_per_key() {
        let answer = parse_query("code=abc%2Fd&state=s1&iss=https%3A%2F%2Fauth.test&code=second&x=y");
        assert_eq!(answer.code.as_deref(), Some("abc/d"));
        assert_eq!(answer.state.as_deref(), Some("s1"));
        assert_eq!(answer.iss.as_deref(), Some("https://auth.test"));
    }

    /// What the listener answers a browser's `GET target`.
    async fn get(address: &str, target: &str) -> String {
        let mut stream = TcpStream::connect(address).await.unwrap();
        let request = format!("GET {target} HTTP/1.1\r\nHost: x\r\n\r\n");
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut said = String::new();
        stream.read_to_string(&mut said).await.unwrap();
        said
    }

    #[tokio::test]
    async fn the_browser_gets_a_page_and_other_requests_do_not_end_the_wait() {
        let listener = Listener::bind().await.unwrap();
        let address = listener
            .redirect_uri()
            .replace("http://", "")
            .trim_end_matches('/')
            .to_owned();
        let browser = tokio::spawn(async move {
            let said = get(&address, "/favicon.ico").await;
            assert!(said.starts_with("HTTP/1.1 404"), "{said}");
            get(&address, "/?code=c1&state=s1").await
        });
        let answer = listener.answer().await.unwrap();
        assert_eq!(
            (answer.code.as_deref(), answer.state.as_deref()),
            (Some("c1"), Some("s1"))
        );
        let page = browser.await.unwrap();
        assert!(
            page.contains("You can close this tab and return to Mail Setup Assistant."),
            "{page}"
        );
    }

    #[tokio::test]
    async fn a_refusal_is_not_called_a_sign_in() {
        let listener = Listener::bind().await.unwrap();
        let address = listener.redirect_uri().replace("http://", "");
        let address = address.trim_end_matches('/').to_owned();
        let browser = tokio::spawn(async move { get(&address, "/?error=access_denied&state=s1").await });
        let answer = listener.answer().await.unwrap();
        assert_eq!(answer.error.as_deref(), Some("access_denied"));
        let page = browser.await.unwrap();
        assert!(
            page.contains("<h1>Not signed in</h1>") && !page.contains("<h1>Signed in"),
            "{page}"
        );
    }
}
