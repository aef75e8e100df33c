#!/usr/bin/env python3
"""Staff sign-in through a real OpenID Connect provider on loopback.

Installs node-oidc-provider (scripts/oidc/, pinned in package-lock.json) and starts it
with three people, then a release server configured to use it, and signs in as each
the way a browser does (redirects, the provider's own sign-in and consent pages,
cookies on both sides):
  - a person in a planners' group signs in and gets a planner's session;
  - a person in a unit leads' group becomes a unit lead of that group's unit;
  - a person whose groups give no role is refused, with no session and no account;
  - a callback whose state does not match the browser's is refused;
  - local accounts still sign in beside it.

Needs Node.js and npm. Usage: python3 scripts/oidc.py   (after cargo build --release)"""
import http.client
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.parse

from harness import BIN, ROOT, Server, fail, free_port

PROVIDER_DIR = os.path.join(ROOT, "scripts", "oidc")


class Browser:
    """Follows redirects across the two sites by hand, keeping each site's cookies."""

    def __init__(self):
        self.jars = {}  # port -> {name: value}

    def request(self, method, url, form=None):
        parts = urllib.parse.urlsplit(url)
        jar = self.jars.setdefault(parts.port, {})
        headers = {}
        if jar:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=15)
        try:
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            conn.request(method, path, body=body, headers=headers)
            r = conn.getresponse()
            text = r.read().decode("utf-8", "replace")
            for key, value in r.getheaders():
                if key.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    cookie_value = rest.split(";")[0]
                    if "max-age=0" in value.lower() or "expires=thu, 01 jan 1970" in value.lower():
                        jar.pop(name, None)
                    else:
                        jar[name] = cookie_value
            location = r.getheader("Location")
            if location:
                location = urllib.parse.urljoin(url, location)
            return r.status, location, text
        finally:
            conn.close()

    def sign_in(self, stemme, login):
        """The whole round trip for `login`; returns the last reply from stemme."""
        status, location, text = self.request("GET", f"{stemme.base}/admin/login/oidc?next=/admin/search")
        if status != 303 or not location:
            fail(f"starting the sign-in answered {status}: {text[:200]}")
        for _ in range(20):
            status, next_location, text = self.request("GET", location)
            if urllib.parse.urlsplit(location).port == stemme.port:
                return status, next_location, text
            if status in (302, 303) and next_location:
                location = next_location
                continue
            action = re.search(r'<form[^>]*action="([^"]+)"', text)
            if status != 200 or not action:
                fail(f"the provider answered {status} at {location}: {text[:300]}")
            target = urllib.parse.urljoin(location, action.group(1))
            if 'name="login"' in text:
                form = {"prompt": "login", "login": login, "password": "any"}
            else:
                form = {"prompt": "consent"}
            status, next_location, text = self.request("POST", target, form)
            if status not in (302, 303) or not next_location:
                fail(f"the provider's form answered {status}: {text[:300]}")
            location = next_location
        fail("the sign-in went round more than 20 redirects")


def users(server):
    return server.cli("user", "list")


def main():
    if not shutil.which("npm") or not shutil.which("node"):
        fail("Node.js and npm are needed: apt-get install nodejs npm")
    install = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=PROVIDER_DIR,
                             capture_output=True, text=True, timeout=300)
    if install.returncode != 0:
        fail(f"npm ci in scripts/oidc: {install.stderr.strip()[-500:]}")
    work = tempfile.mkdtemp(prefix="stemme-oidc-")
    provider_port = free_port()
    issuer = f"http://127.0.0.1:{provider_port}"
    os.makedirs(f"{work}/data")
    server = Server(f"{work}/data", extra_env={
        "STEMME_OIDC_ISSUER": issuer,
        "STEMME_OIDC_CLIENT_ID": "stemme",
        "STEMME_OIDC_CLIENT_SECRET": "stemme-test-secret",
        "STEMME_OIDC_SCOPES": "profile groups",
        "STEMME_OIDC_NAME": "Kommunens innlogging",
        "STEMME_OIDC_ROLES": "stemme-planleggere=planner,ledere-saupstad=unit_lead:saupstad-barnehage",
    })
    provider_log = open(f"{work}/provider.log", "w")
    provider = subprocess.Popen(
        ["node", "provider.mjs"], cwd=PROVIDER_DIR, stdout=provider_log, stderr=subprocess.STDOUT,
        env=dict(os.environ, PORT=str(provider_port),
                 REDIRECT_URI=f"{server.base}/admin/login/oidc/callback"))
    try:
        for _ in range(100):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", provider_port, timeout=2)
                conn.request("GET", "/.well-known/openid-configuration")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            fail(f"the provider did not start; see {work}/provider.log")
        server.start()

        status, _, page = Browser().request("GET", f"{server.base}/admin/login?lang=nb")
        if status != 200 or "/admin/login/oidc" not in page or "Logg inn med Kommunens innlogging" not in page:
            fail("the sign-in page offers no sign-in through the provider")

        # A planner.
        browser = Browser()
        status, location, text = browser.sign_in(server, "kari.planlegger")
        if status != 303 or not (location or "").endswith("/admin/search"):
            fail(f"the planner's sign-in ended with {status} {location}: {text[:300]}")
        session = browser.jars[server.port].get("stemme_staff")
        if not session:
            fail("the planner got no session cookie")
        status, _, page = browser.request("GET", f"{server.base}/admin/search")
        if status != 200:
            fail(f"the planner's session was not taken: {status}")
        status, _, _ = browser.request("GET", f"{server.base}/admin/users")
        if status != 403:
            fail(f"a planner signed in through the provider reached the admin's pages: {status}")
        listed = users(server)
        if not re.search(r"kari\.planlegger\s+.*planner", listed):
            fail(f"no planner account for the provider's person:\n{listed}")
        print("a person in the planners' group signs in through the provider and gets a planner's session",
              flush=True)

        # A unit lead, for the unit the group names.
        status, location, _ = Browser().sign_in(server, "lise.leder")
        listed = users(server)
        if status != 303 or not re.search(r"lise\.leder\s+.*unit_lead.*saupstad-barnehage", listed):
            fail(f"the unit lead's sign-in ended with {status} {location}:\n{listed}")
        print("a person in a unit leads' group becomes a unit lead of that group's unit", flush=True)

        # Someone whose groups give no role.
        browser = Browser()
        status, location, text = browser.sign_in(server, "ola.uten.rolle")
        if status != 403 or "stemme_staff" in browser.jars.get(server.port, {}):
            fail(f"a person with no role's group was let in: {status} {location}")
        if "Ingen tilgang" not in text and "No access" not in text:
            fail(f"the refusal does not say why: {text[:300]}")
        if "ola.uten.rolle" in users(server):
            fail("an account was made for a person with no role")
        print("a person whose groups give no role is refused: 403 with the reason, no session, no account",
              flush=True)

        # A callback that does not belong to this browser's sign-in.
        browser = Browser()
        browser.request("GET", f"{server.base}/admin/login/oidc?next=/admin/search")
        status, _, _ = browser.request("GET", f"{server.base}/admin/login/oidc/callback?code=x&state=forged")
        if status != 502 or "stemme_staff" in browser.jars.get(server.port, {}):
            fail(f"a forged callback answered {status}")
        print("a callback whose state is not the browser's is refused", flush=True)

        # Local accounts beside it.
        env = dict(server.env, STEMME_NEW_PASSWORD="lokal-konto-passord-7")
        made = subprocess.run([BIN, "user", "create", "--username", "lokal", "--role", "admin"],
                              env=env, capture_output=True, text=True, timeout=120)
        if made.returncode != 0:
            fail(f"stemme user create: {made.stderr.strip()}")
        local = Browser()
        _, _, form = local.request("GET", f"{server.base}/admin/login")
        token = re.search(r'name="csrf" value="([^"]+)"', form)
        status, location, _ = local.request("POST", f"{server.base}/admin/login", {
            "username": "lokal", "password": "lokal-konto-passord-7", "next": "/admin/users",
            "csrf": token.group(1) if token else ""})
        if status != 303 or not (location or "").endswith("/admin/users"):
            fail(f"a local account could not sign in beside the provider: {status}")
        print("oidc: sign-in through a real OpenID Connect provider maps groups to roles, refuses a person "
              "with no role and a forged callback, and local accounts still sign in", flush=True)
    finally:
        server.stop()
        provider.terminate()
        provider.wait(timeout=10)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
