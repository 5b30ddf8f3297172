#!/usr/bin/env python3
"""The test world's web servers, for the discovery tests.

HTTPS on 127.0.1.80:443 (test-CA certificate) serves the provider
autoconfig files, a .well-known file and an ISPDB stand-in; plain HTTP on
127.0.1.81:80 serves a file that exists only over http (which the program
must ignore). HTTPS on 127.0.1.90:443 is a hotel's sign-in page, with a
certificate for portal.hotel.test, whatever name or path is asked. Every request is logged, with its query, so that a test can
prove what each lookup was sent.

    web-world.py DATA_DIR CERT_PEM LOG_FILE PORTAL_CERT_PEM
"""
import http.server
import ssl
import sys
import threading
import time

DATA, CERT, LOG, PORTAL_CERT = sys.argv[1:5]

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
    # An authorization server that publishes no metadata: no registration.
    ("ispdb.test", "/v1.1/closedreg.test"): "closedreg.xml",
    ("ispdb.test", "/v1.1/provider.test"): "slow",
    ("ispdb.test", "/v1.1/plainauth.test"): "slow",
    ("autoconfig.httponly.test", "/mail/config-v1.1.xml"): "httponly.xml",
    ("autoconfig.elsewhere.test", "/mail/config-v1.1.xml"): "elsewhere.xml",
    ("autoconfig.redirect.test", "/mail/config-v1.1.xml"):
        "redirect:https://autoconfig.elsewhere.test/mail/config-v1.1.xml",
}

log_lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
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
        target = ROUTES.get((host, path))
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
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

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
print("ready", flush=True)
threading.Event().wait()
