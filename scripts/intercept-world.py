#!/usr/bin/env python3
"""The test world's intercepting proxy: what an antivirus "mail shield" or a
company proxy does to secure connections.

It listens on 127.0.1.91 (443, 465, 993, 995), takes each TLS connection
with a certificate for the name asked signed by its own root (the
"Intercepting Proxy Test Root" that the tests put in the binary's system
trust store only), opens its own TLS connection to the real server of that
name, and passes the bytes between them in the clear.

    intercept-world.py LEAF_PEM
"""
import socket
import ssl
import sys
import threading

LEAF = sys.argv[1]
ADDRESS = "127.0.1.91"
# Where each name really is (the world's DNS, written down).
REAL = {
    "mail.full.test": "127.0.1.1",
    "ispdb.test": "127.0.1.80",
    "autoconfig.full.test": "127.0.1.80",
    "full.test": "127.0.1.80",
}


def pipe(source, sink):
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    for end in (source, sink):
        try:
            end.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def handle(raw, port, context):
    try:
        client = context.wrap_socket(raw, server_side=True)
    except (OSError, ssl.SSLError):
        raw.close()
        return
    name = getattr(client, "asked", None) or "mail.full.test"
    upstream_context = ssl.create_default_context()
    upstream_context.check_hostname = False
    upstream_context.verify_mode = ssl.CERT_NONE
    try:
        upstream = upstream_context.wrap_socket(
            socket.create_connection((REAL.get(name, "127.0.1.1"), port), timeout=5), server_hostname=name)
        upstream.settimeout(None)
    except OSError:
        client.close()
        return
    threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()
    pipe(client, upstream)


def serve(port):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(LEAF)

    def remember_name(sock, name, _context):
        sock.asked = name

    context.sni_callback = remember_name
    listener = socket.create_server((ADDRESS, port))
    while True:
        raw, _ = listener.accept()
        threading.Thread(target=handle, args=(raw, port, context), daemon=True).start()


for port in (443, 465, 993, 995):
    threading.Thread(target=serve, args=(port,), daemon=True).start()
print("ready", flush=True)
threading.Event().wait()
