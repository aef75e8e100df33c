#!/usr/bin/env python3
"""Privacy check: canary strings planted as personal data in free text (an e-mail
address, a phone number, a national identity number, a name the admin listed) never
reach the server's log, a redirect, an error reply, the search index or an export;
and after the answers are erased, a byte search of the whole data folder finds none.

Usage: python3 scripts/privacy.py   (after cargo build --release)"""
import os
import shutil
import tempfile
import time
import urllib.parse
import urllib.request

from harness import Server, answer, db_query, fail, get, request, wait_index


def national_id():
    """A Norwegian identity number with valid check digits that no list would hold."""
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    for individual in range(497, 100, -1):
        digits = [int(c) for c in f"150387{individual:03d}"]
        k1 = 11 - sum(a * b for a, b in zip(w1, digits)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(a * b for a, b in zip(w2, digits + [k1])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, digits + [k1, k2]))
    fail("no identity number")


CANARIES = {
    "email": "kanari.q7x9z@eksempel.no",
    "phone": "918 27 364",
    "id": national_id(),
    "name": "Zyxqvo Kanarisen",
}


def texts():
    c = CANARIES
    return [
        f"Ring meg på {c['phone']} eller skriv til {c['email']}, hilsen {c['name']}.",
        f"Mitt fødselsnummer er {c['id']} og {c['name']} var saksbehandler.",
        f"Please call {c['phone']}; {c['name']} helped us a lot.",
        f"اتصل بي على {c['phone']} أو {c['email']}",
    ]


def scan(path, needles):
    """The canaries found in the bytes of every file under `path`."""
    found = set()
    for root, _, files in os.walk(path):
        for f in files:
            try:
                data = open(os.path.join(root, f), "rb").read()
            except OSError:
                continue
            for key, value in needles.items():
                if value.encode() in data:
                    found.add(f"{key} in {os.path.relpath(os.path.join(root, f), path)}")
    return found


def raw_get(url, token):
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.read().decode("utf-8", "replace")


def main():
    work = tempfile.mkdtemp(prefix="stemme-privacy-")
    data_dir = f"{work}/data"
    server = Server(data_dir, extra_env={"STEMME_LOG": "debug"})
    token = server.cli("token", "create", "--role", "admin", "--name", "privacy-test").splitlines()[-1].strip()
    server.start()
    status, _ = request(
        "POST", f"{server.base}/api/v1/redaction/names", {"name": CANARIES["name"], "kind": "person"}, token
    )
    if status not in (200, 201):
        fail(f"the canary name was not listed: {status}")

    ids = []
    for i, text in enumerate(texts()):
        body = answer(i, text)
        body["lang"] = "ar" if i == 3 else ("en" if i == 2 else "nb")
        status, reply = request("POST", f"{server.base}/api/v1/responses", body)
        if status != 201:
            fail(f"canary answer refused: {status} {reply}")
        ids.append(reply["id"])
    # Refused answers carrying canaries: the error reply must not echo them.
    bad = answer(99, texts()[0])
    bad["answers"]["helpful"] = 9
    status, reply = request("POST", f"{server.base}/api/v1/responses", bad)
    if status != 422 or any(v in str(reply) for v in CANARIES.values()):
        fail(f"a refused answer's reply echoes its text: {status} {reply}")
    too_long = answer(98, texts()[1] + " x" * 5000)
    status, reply = request("POST", f"{server.base}/api/v1/responses", too_long)
    if status not in (413, 422) or any(v in str(reply) for v in CANARIES.values()):
        fail(f"a too long answer's reply echoes its text: {status} {reply}")
    # Through the HTML form: the redirect after it carries no text.
    form = urllib.parse.urlencode(
        {"lang": "nb", "unit": "saupstad-barnehage", "role": "parent", "q.helpful": "4", "text": texts()[0]}
    ).encode()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(urllib.request.Request(f"{server.base}/s/parent", data=form), timeout=10)
        location = ""
    except urllib.error.HTTPError as e:
        location = e.headers.get("Location", "")
        if e.code not in (302, 303):
            fail(f"the form answered {e.code}")
    if any(urllib.parse.quote(v) in location or v in location for v in CANARIES.values()):
        fail(f"a redirect carries the text: {location}")

    texts_stored = db_query(data_dir, "SELECT COUNT(*) FROM response_texts")[0][0]
    wait_index(server, token, texts_stored)
    for key, value in CANARIES.items():
        status, body = get(f"{server.base}/api/v1/search?q={urllib.parse.quote(value)}", token=token)
        if status != 200:
            fail(f"search for the {key} canary answered {status}")
        if any(value in str(h) for h in body.get("hits", [])):
            fail(f"search shows the {key} canary")
    for path in ("/api/v1/responses.csv", "/api/v1/responses.json"):
        out = raw_get(f"{server.base}{path}", token)
        leaked = [k for k, v in CANARIES.items() if v in out]
        if leaked:
            fail(f"{path} holds {leaked}")
        if "Ring meg" not in out:
            fail(f"{path} does not hold the redacted texts at all")
    for rid in ids:
        status, body = get(f"{server.base}/api/v1/responses/{rid}", token=token)
        if status != 200 or any(v in str(body) for v in CANARIES.values()):
            fail(f"GET /api/v1/responses/{rid} shows a canary")
    leaks = scan(f"{data_dir}/index", CANARIES)
    if leaks:
        fail(f"the search index holds {sorted(leaks)}")

    # Erase every answer; then no byte of the data folder holds a canary.
    for rid in range(1, texts_stored + 1):
        status, _ = request("DELETE", f"{server.base}/api/v1/responses/{rid}", token=token)
        if status not in (204, 404):
            fail(f"erasing {rid} answered {status}")
    # The listed name is the admin's own configuration, not what a citizen wrote: it is
    # removed from the list too, so the byte search below covers it as well.
    status, names = get(f"{server.base}/api/v1/redaction/names", token=token)
    for n in names or []:
        if n["name"] == CANARIES["name"]:
            request("DELETE", f"{server.base}/api/v1/redaction/names/{n['id']}", token=token)
    # Fewer than k texts left: the search withholds the count; give the index a commit.
    time.sleep(1.0)
    server.stop()
    leaks = scan(data_dir, CANARIES)
    if leaks:
        fail(f"after erasure the data folder holds {sorted(leaks)}")
    log = open(server.log_path, "rb").read().decode("utf-8", "replace")
    leaked = [k for k, v in CANARIES.items() if v in log]
    if leaked:
        fail(f"the server log holds {leaked}")
    print(
        f"privacy: {len(CANARIES)} canaries in {texts_stored} answers (nb, en, ar, and the HTML form) "
        f"reached no log, redirect, error reply, search hit, index file or export; "
        f"after erasure no byte of the data folder ({sum(len(f) for _, _, f in os.walk(data_dir))} files) holds one",
        flush=True,
    )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
