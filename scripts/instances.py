#!/usr/bin/env python3
"""Three instances on one PostgreSQL, behind no balancer: no instance is special.

Starts PostgreSQL and three `stemme serve` processes (each with its own data folder and
search index) at the same moment on one new database, then shows:
  - answers sent round-robin to all three are found in search on each within 5 s of the
    last acknowledgement (each index follows the database's response sequence);
  - a staff session made on one instance works on the others, and the login throttle
    counts failures made on any of them;
  - a workshop vote sent to one instance shows on a projector (server-sent events)
    served by another;
  - an erasure on one instance removes the text from search on all three within 5 s.

Needs root and PostgreSQL's server binaries (Debian package postgresql).
Usage: python3 scripts/instances.py [--answers 600]   (after cargo build --release)"""
import argparse
import http.client
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.parse

from harness import BIN, Postgres, Server, answer, fail, get, indexed_total, request

LIMIT_S = 5.0
PASSWORD = "instances-test-passord-9"


def word(n):
    """A word found in one answer only, unchanged by any language's stemmer."""
    letters = ""
    n += 26 * 26
    while n:
        n, r = divmod(n, 26)
        letters += chr(ord("a") + r)
    return f"zx{letters}q"


def call(server, method, path, body=None, cookie=None, headers=None):
    """One request without following redirects: (status, headers, text)."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        all_headers = dict(headers or {})
        if cookie:
            all_headers["Cookie"] = cookie
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=data, headers=all_headers)
        r = conn.getresponse()
        return r.status, r.getheaders(), r.read().decode("utf-8", "replace")
    finally:
        conn.close()


def sign_in(server, username, password, next_page):
    """The sign-in form as a browser uses it: its cookie and token, then the POST."""
    status, headers, page = call(server, "GET", "/admin/login")
    if status != 200:
        fail(f"the sign-in form answered {status}")
    return call(server, "POST", "/admin/login",
                {"username": username, "password": password, "next": next_page, "csrf": field(page, "csrf")},
                cookie=cookie_of(headers, "stemme_login"))


def cookie_of(headers, name):
    for key, value in headers:
        if key.lower() == "set-cookie" and value.startswith(f"{name}="):
            return value.split(";")[0]
    fail(f"no {name} cookie in the reply")


def header(headers, name):
    return next((v for k, v in headers if k.lower() == name.lower()), None)


def field(page, name):
    found = re.search(rf'name="{name}" value="([^"]+)"', page)
    if not found:
        fail(f"no {name} field on the page")
    return found.group(1)


def search_total(server, token, q):
    status, body = get(f"{server.base}/api/v1/search?limit=1&q={urllib.parse.quote(q)}", token=token)
    return body.get("total") if status == 200 and body else None


def wait_all(servers, check, what):
    """Seconds until `check(server)` holds on every instance; fails past LIMIT_S."""
    started = time.time()
    pending = list(servers)
    while pending:
        pending = [s for s in pending if not check(s)]
        if pending and time.time() - started > LIMIT_S:
            names = ", ".join(str(servers.index(s) + 1) for s in pending)
            fail(f"{what}: not on instance(s) {names} after {LIMIT_S:.0f} s")
        if pending:
            time.sleep(0.05)
    return time.time() - started


def send_answers(servers, count, threads=8):
    """Answers i go to instance i % 3; returns {i: (response id, instance)} and the time
    of the last acknowledgement."""
    acked, lock, counter = {}, threading.Lock(), iter(range(count))

    def run():
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            server = servers[n % len(servers)]
            body = answer(n, text=f"Svar {n}: vi fikk god hjelp, men ventet lenge. {word(n)}")
            status, reply = request("POST", f"{server.base}/api/v1/responses", body)
            if status != 201 or not reply:
                fail(f"instance {n % len(servers) + 1} answered {status} to answer {n}")
            with lock:
                acked[n] = (reply["id"], n % len(servers))

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return acked, time.time()


class Projector:
    """A projector's event stream on one instance; keeps every board it is sent."""

    def __init__(self, server, workshop, cookie):
        self.boards, self.lock = [], threading.Lock()
        self.conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        self.conn.request("GET", f"/admin/workshops/{workshop}/events", headers={"Cookie": cookie})
        self.reply = self.conn.getresponse()
        if self.reply.status != 200:
            fail(f"the projector's events answered {self.reply.status}")
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            for line in self.reply:
                line = line.decode("utf-8", "replace").strip()
                if line.startswith("data: "):
                    with self.lock:
                        self.boards.append(json.loads(line[6:]))
        except (OSError, ValueError, AttributeError):
            pass  # the stream is closed at the end of the test

    def wait_for(self, test, limit):
        started = time.time()
        while time.time() - started < limit:
            with self.lock:
                if any(test(b) for b in self.boards):
                    return time.time() - started
            time.sleep(0.05)
        with self.lock:
            fail(f"the projector did not show it within {limit} s; it was sent {self.boards}")

    def close(self):
        self.conn.close()


def participant(server, code, lang):
    status, headers, _ = call(server, "POST", f"/w/{code}/join", {"lang": lang, "role": "parent"})
    if status != 303:
        fail(f"joining on instance {server.port} answered {status}")
    cookie = cookie_of(headers, "stemme_w")
    status, _, page = call(server, "GET", f"/w/{code}", cookie=cookie)
    if status != 200:
        fail(f"the participant's board answered {status}")
    return cookie, field(page, "token")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=600)
    args = parser.parse_args()
    if os.geteuid() != 0:
        fail("this test runs PostgreSQL as its own user and must run as root")
    work = tempfile.mkdtemp(prefix="stemme-instances-")
    os.chmod(work, 0o755)
    pg = Postgres(f"{work}/pg")
    pg.start()
    servers = []
    projector = None
    try:
        pg.psql("CREATE DATABASE cluster", db="postgres")
        url = f"postgres://stemme@127.0.0.1:{pg.port}/cluster"
        # The product's own commit interval, not the proof scripts' shorter one.
        servers = [
            Server(f"{work}/data{i}", database_url=url, extra_env={"STEMME_INDEX_COMMIT_MS": "1000"})
            for i in range(3)
        ]
        for s in servers:
            os.makedirs(s.data_dir)
        # All three start on the new database at once: one migrates, the others wait.
        starters = [threading.Thread(target=s.start) for s in servers]
        for t in starters:
            t.start()
        for t in starters:
            t.join()
        for i, s in enumerate(servers):
            if s.proc is None or s.proc.poll() is not None:
                fail(f"instance {i + 1} did not start")
        migrations = pg.psql("SELECT COUNT(*), COUNT(DISTINCT version) FROM seaql_migrations", db="cluster")[0]
        if migrations[0] != migrations[1]:
            fail(f"migrations recorded more than once: {migrations}")
        print(f"three instances started at once on one new database; {migrations[0]} migrations ran once",
              flush=True)
        token = servers[0].cli("token", "create", "--role", "admin", "--name", "instances").splitlines()[-1].strip()
        env = dict(servers[0].env, STEMME_NEW_PASSWORD=PASSWORD)
        made = subprocess.run([BIN, "user", "create", "--username", "fasilitator", "--role", "facilitator"],
                              env=env, capture_output=True, text=True, timeout=120)
        if made.returncode != 0:
            fail(f"stemme user create: {made.stderr.strip()}")

        # 1. Answers round-robin, searchable everywhere.
        acked, last_ack = send_answers(servers, args.answers)
        took = wait_all(servers, lambda s: indexed_total(s, token) == args.answers,
                        f"all {args.answers} answers in search")
        since_ack = time.time() - last_ack
        for n in range(0, args.answers, max(1, args.answers // 30)):
            for i, s in enumerate(servers):
                if search_total(s, token, word(n)) != 1:
                    fail(f"instance {i + 1} does not find answer {n} (sent to instance {acked[n][1] + 1})")
        print(f"{args.answers} answers sent round-robin to three instances: every instance finds all of them "
              f"{since_ack:.2f} s after the last acknowledgement (waited {took:.2f} s); each answer's own word "
              f"finds it on every instance", flush=True)

        # 2. One staff session on every instance.
        status, headers, _ = sign_in(servers[0], "fasilitator", PASSWORD, "/admin/workshops")
        if status != 303:
            fail(f"sign-in answered {status}")
        staff = cookie_of(headers, "stemme_staff")
        status, _, page = call(servers[1], "GET", "/admin/workshops", cookie=staff)
        if status != 200:
            fail(f"the session made on instance 1 was refused by instance 2: {status}")
        csrf = field(page, "csrf")
        status, headers, _ = call(servers[2], "POST", "/admin/workshops", {
            "csrf": csrf, "title": "Tre instanser", "scope_kind": "unit", "unit": "saupstad-barnehage",
            "stage": "planning", "with_children": "no", "days": "1"}, cookie=staff)
        if status != 303:
            fail(f"creating a workshop on instance 3 with the session and token of the others answered {status}")
        workshop = int(header(headers, "Location").rstrip("/").rsplit("/", 1)[-1])
        code = pg.psql(f"SELECT code FROM workshops WHERE id = {workshop}", db="cluster")[0][0]
        print("a staff session made on instance 1 is used on instances 2 and 3 (page, form and CSRF token)",
              flush=True)

        # 3. A vote sent to one instance shows on a projector served by another.
        projector = Projector(servers[1], workshop, staff)
        people = [participant(servers[i], code, lang) for i, lang in enumerate(["nb", "ti", "ar"])]
        note = "Mer åpne møteplasser på kvelden"
        status, _, _ = call(servers[0], "POST", f"/w/{code}/notes",
                            {"token": people[0][1], "text": note}, cookie=people[0][0])
        if status != 303:
            fail(f"the note answered {status}")
        status, _, page = call(servers[2], "GET", f"/w/{code}", cookie=people[0][0])
        note_id = re.search(r'name="note" value="(\d+)"', page)
        if not note_id:
            fail("the note is not on the participant's board served by instance 3")
        # The board is released to projectors each time two more people have changed
        # something: the note's writer and one vote, then two more votes.
        def vote(who, server):
            cookie, form_token = people[who]
            status, _, _ = call(servers[server], "POST", f"/w/{code}/votes",
                                {"token": form_token, "note": note_id.group(1)}, cookie=cookie)
            if status != 303:
                fail(f"a vote sent to instance {server + 1} answered {status}")

        def shows(votes):
            return lambda b: any(n["text"] == note and n["votes"] == votes for n in b.get("notes", []))

        vote(1, 2)
        first = projector.wait_for(shows(1), LIMIT_S)
        vote(2, 0)
        vote(0, 2)
        second = projector.wait_for(shows(3), LIMIT_S)
        print(f"a note sent to instance 1 and votes sent to instances 3, 1 and 3 show on the projector "
              f"served by instance 2, in two batches, {first:.2f} s and {second:.2f} s after the last vote "
              f"of each", flush=True)

        # 4. An erasure on one instance removes the text from all three.
        n = next(i for i in acked if acked[i][1] == 0)
        response_id = acked[n][0]
        status, _ = request("DELETE", f"{servers[2].base}/api/v1/responses/{response_id}", token=token)
        if status not in (200, 204):
            fail(f"erasure on instance 3 answered {status}")
        took = wait_all(servers, lambda s: search_total(s, token, word(n)) == 0,
                        f"the erased answer {n} gone from search")
        for i, s in enumerate(servers):
            if indexed_total(s, token) != args.answers - 1:
                fail(f"instance {i + 1} counts {indexed_total(s, token)} texts after the erasure")
            status, _ = get(f"{s.base}/api/v1/responses/{response_id}", token=token)
            if status != 404:
                fail(f"instance {i + 1} still serves the erased response: {status}")
        print(f"an answer sent to instance 1 and erased on instance 3 is gone from search on all three "
              f"within {took:.2f} s", flush=True)

        # 5. The login throttle counts failures on every instance together.
        for i in range(5):
            status, _, _ = sign_in(servers[i % 3], "fasilitator", "wrong", "/admin")
            if status != 401:
                fail(f"wrong password {i + 1} answered {status}")
        status, _, _ = sign_in(servers[2], "fasilitator", PASSWORD, "/admin")
        if status != 429:
            fail(f"after five failures spread over three instances, another attempt answered {status}, not 429")
        print("five failed sign-ins spread over the three instances hold the account back on all of them",
              flush=True)
        print("instances: three instances on one PostgreSQL; answers, sessions, workshop boards, erasures "
              "and login throttling agree across them", flush=True)
    finally:
        if projector:
            projector.close()
        for s in servers:
            s.stop()
        pg.stop()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
