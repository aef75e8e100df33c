"""Shared pieces of the proof scripts: start and stop a release server on a data
folder, send answers, read the database and the search index's count.

Standard library only, so the scripts run on a fresh machine with python3."""
import glob
import json
import shutil
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("STEMME_BIN", os.path.join(ROOT, "target", "release", "stemme"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fail(message):
    print(f"FAIL {message}", flush=True)
    sys.exit(1)


class Server:
    """One `stemme serve` process on a data folder (SQLite unless `database_url`)."""

    def __init__(self, data_dir, database_url=None, extra_env=None):
        if not os.path.exists(BIN):
            fail(f"{BIN} is missing: cargo build --release first")
        self.data_dir = data_dir
        self.port = free_port()
        self.env = dict(os.environ)
        self.env.update(
            {
                "STEMME_DATA_DIR": data_dir,
                "STEMME_BIND": f"127.0.0.1:{self.port}",
                "STEMME_RATE_LIMIT_PER_MIN": "1000000",
                "STEMME_INDEX_COMMIT_MS": "200",
                "STEMME_LOG": "warn",
            }
        )
        if database_url:
            self.env["DATABASE_URL"] = database_url
        self.env.update(extra_env or {})
        self.proc = None
        self.log_path = os.path.join(data_dir, "..", f"server-{os.path.basename(data_dir)}.log")

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args, timeout=300):
        out = subprocess.run([BIN, *args], env=self.env, capture_output=True, text=True, timeout=timeout)
        if out.returncode != 0:
            fail(f"stemme {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout.strip()

    def start(self, wait=120):
        log = open(self.log_path, "a")
        self.proc = subprocess.Popen([BIN, "serve"], env=self.env, stdout=log, stderr=log)
        deadline = time.time() + wait
        while time.time() < deadline:
            if self.proc.poll() is not None:
                fail(f"the server exited with {self.proc.returncode}; see {self.log_path}")
            try:
                status, body = get(f"{self.base}/healthz", timeout=2)
                if status == 200:
                    return body
            except OSError:
                pass
            time.sleep(0.1)
        fail(f"the server did not answer /healthz within {wait} s")

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill()


class Postgres:
    """A PostgreSQL server of its own on loopback, run as the postgres user (needs root)."""

    def __init__(self, root, reuse=False):
        """A new cluster in `root`; with `reuse`, the cluster already there if any."""
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        if not bins:
            fail("PostgreSQL's server binaries are missing: apt-get install postgresql")
        self.bin = bins[-1]
        self.root = root
        self.port = free_port()
        if reuse and os.path.exists(f"{root}/data/PG_VERSION"):
            return
        os.makedirs(root)
        shutil.chown(root, "postgres")
        self.su(f"{self.bin}/initdb -D {root}/data -A trust -U stemme --encoding=UTF8 --locale=C.UTF-8")

    def su(self, command):
        out = subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c", command],
                             capture_output=True, text=True, timeout=900)
        if out.returncode != 0:
            fail(f"{command}: {out.stderr.strip()}")
        return out.stdout

    def start(self, settings=""):
        """Starts the server; `settings` are more `-c name=value` options."""
        self.su(f"{self.bin}/pg_ctl -D {self.root}/data -w -t 600 -l {self.root}/log "
                f"-o '-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 {settings}' start")

    def crash(self):
        self.su(f"{self.bin}/pg_ctl -D {self.root}/data -m immediate stop")

    def stop(self):
        subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c",
                        f"{self.bin}/pg_ctl -D {self.root}/data -m fast stop"], capture_output=True)

    def psql(self, sql, db="crash", timeout=120):
        out = subprocess.run([f"{self.bin}/psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "stemme",
                              "-d", db, "-At", "-F", "\t", "-c", sql], capture_output=True, text=True, timeout=timeout)
        if out.returncode != 0:
            fail(f"psql: {out.stderr.strip()}")
        return [line.split("\t") for line in out.stdout.splitlines() if line]


def request(method, url, body=None, token=None, timeout=10):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            try:
                return r.status, json.loads(raw) if raw else None
            except ValueError:
                return r.status, None
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw) if raw else None
        except ValueError:
            return e.code, None


def get(url, token=None, timeout=10):
    return request("GET", url, token=token, timeout=timeout)


def answer(n, text=None):
    return {
        "survey": "parent",
        "unit": "saupstad-barnehage",
        "lang": "nb",
        "role": "parent",
        "answers": {"helpful": 1 + n % 5, "listened": 4},
        "text": text or f"Svar nummer {n}: vi fikk hjelp, men ventet lenge på time.",
        "submission_id": str(uuid.uuid4()),
    }


class Stream:
    """Threads sending answers until stopped; remembers every acknowledged one."""

    def __init__(self, server, threads=8):
        self.server = server
        self.acked = {}  # submission_id -> id
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.counter = 0
        self.workers = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]

    def _run(self):
        while not self.stopping.is_set():
            with self.lock:
                self.counter += 1
                n = self.counter
            body = answer(n)
            try:
                status, reply = request("POST", f"{self.server.base}/api/v1/responses", body, timeout=5)
            except OSError:
                time.sleep(0.05)
                continue
            if status in (200, 201) and reply:
                with self.lock:
                    self.acked[body["submission_id"]] = reply["id"]

    def start(self):
        for w in self.workers:
            w.start()
        return self

    def stop(self):
        self.stopping.set()
        for w in self.workers:
            w.join(timeout=10)


def sqlite_path(data_dir):
    return os.path.join(data_dir, "stemme.db")


def db_query(data_dir, sql, params=()):
    con = sqlite3.connect(f"file:{sqlite_path(data_dir)}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def indexed_total(server, token):
    status, body = get(f"{server.base}/api/v1/search?limit=1", token=token)
    if status != 200 or not body:
        return None
    return body.get("total")


def wait_index(server, token, expected, limit=60):
    """Seconds until the index counts `expected` texts; fails after `limit`."""
    start = time.time()
    seen = None
    while time.time() - start < limit:
        seen = indexed_total(server, token)
        if seen == expected:
            return time.time() - start
        time.sleep(0.1)
    fail(f"search shows {seen} texts, the database {expected}, after {limit} s")


def rand_between(a, b):
    return a + random.random() * (b - a)


# Per acknowledged submission: its response id and how many answers and texts it has.
STORED_SQL = (
    "SELECT r.submission_id, r.id, "
    "(SELECT COUNT(*) FROM answers a WHERE a.response_id = r.id), "
    "(SELECT COUNT(*) FROM response_texts t WHERE t.response_id = r.id) "
    "FROM responses r WHERE r.submission_id IN ({ids})"
)


def check_stored_once(acked, rows_for):
    """Every acknowledged submission (submission id -> the id intake answered with) is
    stored exactly once, acknowledged with its own submission id (never the internal
    sequence), with its answers and its text.
    `rows_for(submission_ids)` runs STORED_SQL on the database at hand."""
    ids = list(acked)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        found = {}
        for sid, rid, answers, texts in rows_for(chunk):
            if sid in found:
                fail(f"submission {sid} is stored twice")
            found[sid] = int(rid)
            if int(answers) < 2 or int(texts) != 1:
                fail(f"response {rid} is stored in part: {answers} answers, {texts} texts")
        for sid in chunk:
            if sid not in found:
                fail(f"acknowledged submission {sid} is not in the database")
            if acked[sid] != sid:
                fail(f"submission {sid} was acknowledged as {acked[sid]}, not by its own id")


def sqlite_rows_for(data_dir):
    """STORED_SQL on the SQLite database of `data_dir`."""
    return lambda chunk: db_query(data_dir, STORED_SQL.format(ids=",".join("?" * len(chunk))), chunk)
