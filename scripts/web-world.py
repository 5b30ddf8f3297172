#!/usr/bin/env python3
"""The test world's web servers, for the discovery tests.

HTTPS on 127.0.1.80:443 (test-CA certificate) serves the provider
autoconfig files, a .well-known file and an ISPDB stand-in (with real
ISPDB files of the big providers); plain HTTP on 127.0.1.81:80 serves a
file that exists only over http (which the program must ignore). HTTPS on
127.0.1.90:443 is a hotel's sign-in page, with a certificate for
portal.hotel.test, whatever name or path is asked.

HTTPS on 127.0.1.71:443 stands in for the big providers' sign-in servers
(accounts.google.com, login.microsoftonline.com, ...: what they publish at
the addresses the program asks, and nothing else; no person ever signs in
there) and plays hostile authorization servers (*.hostile.test): one whose
metadata names a plain-http endpoint, one that registers the program with
another redirect address, one whose token endpoint repeats the code and
the verifier in its error.

Every request is logged, with its query (and a POST's form), so that a test
can prove what each lookup was sent.

    web-world.py DATA_DIR CERT_PEM LOG_FILE PORTAL_CERT_PEM PROVIDERS_CERT_PEM
"""
import http.server
import json
import ssl
import urllib.parse
import sys
import threading
import time

DATA, CERT, LOG, PORTAL_CERT, PROVIDERS_CERT = sys.argv[1:6]

PORTAL_PAGE = b"<!doctype html><title>Hotel Wi-Fi</title><p>Sign in to use the Internet.</p>"

# (host, path) -> file in DATA; "slow" answers nothing for a long time.
ROUTES = {
    ("autoconfig.provider.test", "/mail/config-v1.1.xml"): "provider.xml",
    ("autoconfig.public.test", "/mail/config-v1.1.xml"): "public.xml",
    ("autoconfig.vouchedlater.test", "/mail/config-v1.1.xml"): "vouchedlater.xml",
    ("wellknown.test", "/.well-known/autoconfig/mail/config-v1.1.xml"): "wellknown.xml",
    ("ispdb.test", "/v1.1/bigmail.test"): "bigmail.xml",
    ("ispdb.test", "/v1.1/oauth.test"): "oauth.xml",
    ("ispdb.test", "/v1.1/oauthmail.test"): "oauthmail.xml",
    # The same provider's servers, named with "OAuth2" and no <oAuth2>
    # block: only the servers' OAUTHBEARER failure says where to sign in.
    ("ispdb.test", "/v1.1/bearermail.test"): "bearermail.xml",
    # The same provider, its sign-in's registration closed.
    ("ispdb.test", "/v1.1/closedmail.test"): "closedmail.xml",
    # A domain whose only word on signing in is RFC 9728 metadata.
    ("resource.test", "/.well-known/oauth-protected-resource"): "resource.json",
    # An authorization server that publishes no metadata: no registration.
    ("ispdb.test", "/v1.1/closedreg.test"): "closedreg.xml",
    ("ispdb.test", "/v1.1/provider.test"): "slow",
    ("ispdb.test", "/v1.1/plainauth.test"): "slow",
    # The big providers' real ISPDB files (tests/data/ispdb), by the
    # domains their addresses have.
    ("ispdb.test", "/v1.1/gmail.com"): "../ispdb/googlemail.com.xml",
    ("ispdb.test", "/v1.1/outlook.com"): "../ispdb/hotmail.com.xml",
    ("ispdb.test", "/v1.1/office365.com"): "../ispdb/office365.com.xml",
    ("ispdb.test", "/v1.1/yahoo.com"): "../ispdb/yahoo.com.xml",
    ("ispdb.test", "/v1.1/aol.com"): "../ispdb/aol.com.xml",
    ("ispdb.test", "/v1.1/messagingengine.com"): "../ispdb/messagingengine.com.xml",
    # What Google publishes for its issuer; Microsoft, Yahoo, AOL and
    # Fastmail publish nothing at theirs.
    ("accounts.google.com", "/.well-known/openid-configuration"): "google-openid.json",
    # Hostile authorization servers, named by ISPDB entries of their own.
    ("ispdb.test", "/v1.1/httpauth.test"): "hostile-httpauth.xml",
    ("ispdb.test", "/v1.1/redirectauth.test"): "hostile-redirectauth.xml",
    ("ispdb.test", "/v1.1/echoauth.test"): "hostile-echoauth.xml",
    ("auth-http.hostile.test", "/.well-known/oauth-authorization-server"): "json:http",
    ("auth-redirect.hostile.test", "/.well-known/oauth-authorization-server"): "json:redirect",
    ("auth-echo.hostile.test", "/.well-known/oauth-authorization-server"): "json:echo",
    ("autoconfig.httponly.test", "/mail/config-v1.1.xml"): "httponly.xml",
    ("autoconfig.elsewhere.test", "/mail/config-v1.1.xml"): "elsewhere.xml",
    ("autoconfig.redirect.test", "/mail/config-v1.1.xml"):
        "redirect:https://autoconfig.elsewhere.test/mail/config-v1.1.xml",
}

log_lock = threading.Lock()


def hostile_metadata(kind):
    """RFC 8414 metadata of a hostile authorization server."""
    issuer = f"https://auth-{kind}.hostile.test"
    scheme = "http" if kind == "http" else "https"
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{scheme}://auth-{kind}.hostile.test/authorize",
        "token_endpoint": f"{issuer}/token",
        "registration_endpoint": f"{issuer}/register",
        "code_challenge_methods_supported": ["S256"],
        "authorization_response_iss_parameter_supported": True,
    }


class Handler(http.server.BaseHTTPRequestHandler):
    def send_body(self, status, kind, body):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        """The hostile servers' registration and token endpoints."""
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(min(length, 65536)).decode("utf-8", "replace")
        with log_lock, open(LOG, "a") as log:
            log.write(f"POST {host} {self.path} {body}\n")
        if self.path == "/register":
            asked = json.loads(body or "{}")
            uris = asked.get("redirect_uris", [])
            if host == "auth-redirect.hostile.test":
                uris = ["https://collector.hostile.test/callback"]
            answer = {"client_id": f"registered-at-{host}", "redirect_uris": uris}
            self.send_body(201, "application/json", json.dumps(answer).encode())
        elif self.path == "/token":
            form = urllib.parse.parse_qs(body)
            echoed = " ".join(form.get("code", []) + form.get("code_verifier", []))
            answer = {"error": "invalid_grant", "error_description": f"bad grant {echoed}"}
            self.send_body(400, "application/json", json.dumps(answer).encode())
        else:
            self.send_error(404)

    def authorize(self, host, query):
        """A hostile server's sign-in page: back to the program at once."""
        asked = urllib.parse.parse_qs(query)
        answer = urllib.parse.urlencode({
            "code": "code-from-" + host,
            "state": asked.get("state", [""])[0],
            "iss": f"https://{host}",
        })
        self.send_response(302)
        self.send_header("Location", asked.get("redirect_uri", [""])[0] + "?" + answer)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        path, _, query = self.path.partition("?")
        with log_lock, open(LOG, "a") as log:
            log.write(f"{self.server.scheme} {host} {path} {query}\n")
        if self.server.portal:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PORTAL_PAGE)))
            self.end_headers()
            self.wfile.write(PORTAL_PAGE)
            return
        if host.endswith(".hostile.test") and path == "/authorize":
            self.authorize(host, query)
            return
        target = ROUTES.get((host, path))
        if target and target.startswith("json:"):
            metadata = hostile_metadata(target.removeprefix("json:"))
            self.send_body(200, "application/json", json.dumps(metadata).encode())
            return
        if target == "slow":
            time.sleep(30)
            target = None
        if target is None:
            self.send_error(404)
            return
        if target.startswith("redirect:"):
            self.send_response(302)
            self.send_header("Location", target.removeprefix("redirect:"))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        with open(f"{DATA}/{target}", "rb") as f:
            body = f.read()
        kind = "application/json" if target.endswith(".json") else "text/xml"
        self.send_body(200, kind, body)

    def log_message(self, *args):
        pass


def serve(address, port, scheme, cert=CERT, portal=False):
    server = http.server.ThreadingHTTPServer((address, port), Handler)
    server.daemon_threads = True
    server.scheme = scheme
    server.portal = portal
    if scheme == "https":
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()


serve("127.0.1.80", 443, "https")
serve("127.0.1.81", 80, "http")
serve("127.0.1.90", 443, "https", PORTAL_CERT, portal=True)
serve("127.0.1.71", 443, "https", PROVIDERS_CERT)
print("ready", flush=True)
threading.Event().wait()
