#!/usr/bin/env python3
"""A person at a browser, for the tests: opens the sign-in page it is
given (as $BROWSER is given a URL), types the address and password there,
and follows the provider back to the program's loopback address.

    person.py URL

Environment: PERSON_LOGIN, PERSON_PASSWORD (what to type), PERSON_CA
(the test world's CA, which the "browser" trusts), PERSON_LOG (a file
to append what happened to), PERSON_STAY_AWAY=1 (never signs in: the
program's wait must end on its own), PERSON_RESOLVE (`NAME=ADDRESS,...`,
the browser's own DNS for the test world's names: the tests replace
/etc/hosts).
"""
import http.cookiejar
import os
import re
import ssl
import sys
import urllib.parse
import urllib.request

if os.environ.get("PERSON_RESOLVE"):
    import socket

    names = dict(pair.split("=", 1) for pair in os.environ["PERSON_RESOLVE"].split(","))
    system_lookup = socket.getaddrinfo

    def lookup(host, *rest, **named):
        return system_lookup(names.get(host, host), *rest, **named)

    socket.getaddrinfo = lookup

url = sys.argv[1]
log = open(os.environ.get("PERSON_LOG", os.devnull), "a")
log.write(f"opened {url}\n")
log.flush()
if os.environ.get("PERSON_STAY_AWAY"):
    sys.exit(0)
context = ssl.create_default_context(cafile=os.environ["PERSON_CA"])
opener = urllib.request.build_opener(
    urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
    urllib.request.HTTPSHandler(context=context),
)
page = opener.open(url, timeout=10)
body = page.read().decode()
action = re.search(r'action="([^"]+)"', body)
if not action:
    log.write(f"no sign-in form at {page.geturl()}: {body[:200]}\n")
    sys.exit(1)
form = urllib.parse.urlencode({
    "login": os.environ["PERSON_LOGIN"],
    "password": os.environ["PERSON_PASSWORD"],
}).encode()
done = opener.open(urllib.parse.urljoin(page.geturl(), action.group(1)), data=form, timeout=10)
log.write(f"ended at {done.geturl()}: {done.read().decode()}\n")
