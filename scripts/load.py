#!/usr/bin/env python3
"""Load and soak: wrk against a release server on this machine, at several numbers of
concurrent clients, with 90 % answers, 5 % planner searches and 5 % dashboard figures.

Prints, per level: requests per second, answers per second, p50/p95/p99 latency,
errors, the server's resident memory, open files and the size of SQLite's write-ahead
log (it must stay bounded, --max-wal-mb); how long from an acknowledged
answer to finding it in search (p99, measured while the load runs); and, in the same
run, the physical baselines: single-row durable SQLite inserts on the same disk
(`stemme bench intake`) and a plain actix-web handler with no work
(`stemme bench http-baseline`). Exits 1 when a limit is broken.

Usage:
  python3 scripts/load.py [--answers 1000000] [--levels 50,200,500] [--seconds 20] [--text-share 100]
  python3 scripts/load.py --soak 600 [--levels 50] [--delay-ms 100]   (memory and files must stay flat;
                                                                      --delay-ms holds the rate down)
Needs wrk (Debian package wrk)."""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

from harness import BIN, Server, answer, db_query, fail, free_port, get, request

HERE = os.path.dirname(os.path.abspath(__file__))


def rss_mb(pid, field="VmRSS"):
    """Resident memory in MB; field RssAnon is the heap and stacks alone (the rest is
    file pages: the search index and the database, mapped, and given back on demand)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def open_files(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def wal_mb(data_dir):
    """Size of SQLite's write-ahead log in MB. SQLite starts it over after a checkpoint
    that completes; one that never completes (a checkpoint that cannot keep up with the
    writer) lets it grow without end, which neither memory nor latency shows at once."""
    try:
        return os.path.getsize(os.path.join(data_dir, "stemme.db-wal")) / 1e6
    except OSError:
        return 0.0


def wrk(url, connections, seconds, script, env=None):
    threads = max(1, min(2, connections))
    cmd = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s",
           "--timeout", "10s", "-s", script, url]
    out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})},
                         timeout=seconds + 120)
    match = re.search(r"^RESULT (\{.*\})$", out.stdout, re.M)
    if not match:
        fail(f"wrk printed no result: {out.stdout} {out.stderr}")
    result = json.loads(match.group(1))
    result["rps"] = result["requests"] / result["seconds"]
    return result


class Background:
    """A thread that runs `_run` while the `with` block does; `_run` loops until
    `self.stop` is set."""

    def __init__(self):
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        raise NotImplementedError

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=60)


class Sampler(Background):
    """Samples the server's memory, open files and write-ahead log every second."""

    def __init__(self, pid, data_dir):
        super().__init__()
        self.pid = pid
        self.data_dir = data_dir
        self.samples = []

    def _run(self):
        while not self.stop.is_set():
            try:
                self.samples.append((time.time(), rss_mb(self.pid), open_files(self.pid),
                                     rss_mb(self.pid, "RssAnon"), wal_mb(self.data_dir)))
            except OSError:
                pass
            time.sleep(1)


class Probe(Background):
    """While the load runs, sends an answer with a unique word every half second and
    times how long until search finds it."""

    def __init__(self, server, token):
        super().__init__()
        self.server, self.token = server, token
        self.delays = []

    def _run(self):
        while not self.stop.is_set():
            word = "probe" + uuid.uuid4().hex[:12]
            status, _ = request("POST", f"{self.server.base}/api/v1/responses",
                                answer(0, f"Vi ventet lenge {word} på svar."), timeout=30)
            if status != 201:
                continue
            acked = time.time()
            while time.time() - acked < 30:
                _, body = get(f"{self.server.base}/api/v1/search?q={word}", token=self.token, timeout=30)
                if body and body.get("hits"):
                    self.delays.append(time.time() - acked)
                    break
                time.sleep(0.05)
            else:
                self.delays.append(float("inf"))
            time.sleep(0.5)


class ReadProbe(Background):
    """While the load runs, a planner's reads at a steady rate: a search every quarter
    second (a word from the load's texts, so it matches many) and, every second, the
    four figures a dashboard draws, one after another, timed together."""

    WORDS = ["tolk", "ventetid", "barnehage", "helsestasjon", "skole", "hjelp"]
    FIGURES = ["", "?by=district", "?by=zone", "?by=period"]

    def __init__(self, server, token):
        super().__init__()
        self.server, self.token = server, token
        self.search_ms, self.dashboard_ms = [], []

    def _timed(self, path):
        started = time.time()
        status, _ = get(f"{self.server.base}{path}", token=self.token, timeout=30)
        return (time.time() - started) * 1000 if status == 200 else float("inf")

    def _run(self):
        tick = 0
        while not self.stop.is_set():
            started = time.time()
            word = self.WORDS[tick % len(self.WORDS)]
            self.search_ms.append(self._timed(f"/api/v1/search?q={word}"))
            if tick % 4 == 0:
                self.dashboard_ms.append(sum(self._timed(f"/api/v1/indicators{q}") for q in self.FIGURES))
            tick += 1
            time.sleep(max(0.0, 0.25 - (time.time() - started)))


def p99(values):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * 0.99))]


def sqlite_baseline(work):
    out = subprocess.run([BIN, "bench", "intake", "--count", "3000", "--concurrency", "64",
                          "--dir", f"{work}/bench-intake"],
                         capture_output=True, text=True, env={**os.environ, "STEMME_LOG": "warn",
                                                              "STEMME_DATA_DIR": work}, timeout=600)
    match = re.search(r"baseline: single-row durable inserts.*?(\d+) rows/s", out.stdout)
    if not match:
        fail(f"no SQLite baseline in: {out.stdout} {out.stderr}")
    return int(match.group(1))


def http_baseline(connections, seconds):
    port = free_port()
    proc = subprocess.Popen([BIN, "bench", "http-baseline", "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                if get(f"http://127.0.0.1:{port}/", timeout=1)[0] == 200:
                    break
            except OSError:
                time.sleep(0.05)
        return wrk(f"http://127.0.0.1:{port}", connections, seconds, f"{HERE}/baseline.lua")
    finally:
        proc.terminate()
        proc.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=0, help="answers to load first (stemme demo)")
    parser.add_argument("--levels", default="50,200,500")
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--soak", type=int, default=0, help="soak for this many seconds at the first level")
    parser.add_argument("--max-rss-mb", type=float, default=400)
    parser.add_argument("--max-wal-mb", type=float, default=64,
                        help="largest write-ahead log allowed (SQLite's own checkpoints keep it near 4-7 MB)")
    parser.add_argument("--data", help="use (and keep) this data folder; demo answers are loaded only if it is new")
    parser.add_argument("--mix", choices=["mixed", "answers", "search", "dashboard"], default="mixed",
                        help="mixed: 90 %% answers, 5 %% searches, 5 %% dashboard figures; answers: answers only; "
                        "search or dashboard: answers with 5 %% of that only")
    parser.add_argument("--delay-ms", type=int, default=0,
                        help="pause before each request on a connection: at most clients x 1000 / delay requests a second")
    parser.add_argument("--text-share", type=int, default=100,
                        help="percent of answers with free text (100: every one, the worst case; the demo has 35)")
    parser.add_argument("--texts", type=int, default=100_000,
                        help="distinct free texts to draw answers from (`stemme bench texts`: lingua's test "
                        "sentences in the demo's mix of languages, one word shuffled in each); 0: one short "
                        "Norwegian sentence, the same n-grams every time")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        fail("wrk is missing: apt-get install wrk")
    levels = [int(x) for x in args.levels.split(",")]
    work = tempfile.mkdtemp(prefix="stemme-load-")
    data_dir = args.data or f"{work}/data"
    fresh = not os.path.exists(f"{data_dir}/stemme.db")
    # The product's default commit interval, not the test harness's faster one: an
    # engineer measures what a city runs.
    server = Server(data_dir, extra_env={"STEMME_INDEX_COMMIT_MS": "1000"})
    token = server.cli("token", "create", "--role", "admin", "--name", "load").splitlines()[-1].strip()
    if args.answers and fresh:
        started = time.time()
        # A million answers take four to five minutes here.
        server.cli("demo", "--count", str(args.answers), "--force", timeout=3600)
        print(f"loaded {args.answers} demo answers in {time.time() - started:.0f} s", flush=True)
    # A data folder copied just before leaves its pages dirty in the page cache; the
    # first WAL checkpoint's fsync would write them all and stall answers for a second.
    os.sync()
    server.start(wait=1800)
    _, health = get(f"{server.base}/healthz")
    while health and health.get("index") != "ok":
        time.sleep(1)
        _, health = get(f"{server.base}/healthz")
    texts = ""
    if args.texts > 0:
        texts = f"{work}/texts.tsv"
        server.cli("bench", "texts", "--count", str(args.texts), "--out", texts)
    env = {"STEMME_TOKEN": token, "STEMME_MIX": args.mix, "STEMME_TEXT_SHARE": str(args.text_share),
           "STEMME_DELAY_MS": str(args.delay_ms), "STEMME_TEXTS": texts}
    print(f"mix {args.mix}, free text in {args.text_share} % of answers, "
          f"{args.texts or 'one'} distinct texts", flush=True)
    # Warm: the first figures wait for the indicator cube to be read (seconds at a
    # million answers); the runs measure the server after that.
    get(f"{server.base}/api/v1/indicators", token=token, timeout=600)
    broken = []
    rows = []

    def run_level(connections, seconds):
        with Sampler(server.proc.pid, data_dir) as sampler, Probe(server, token) as probe, \
                ReadProbe(server, token) as reads:
            result = wrk(server.base, connections, seconds, f"{HERE}/load.lua", env)
        result["search_p99_ms"] = p99(reads.search_ms)
        result["dashboard_p99_ms"] = p99(reads.dashboard_ms)
        result["rss_mb"] = max(s[1] for s in sampler.samples)
        result["anon_mb"] = max(s[3] for s in sampler.samples)
        result["files"] = max(s[2] for s in sampler.samples)
        result["wal_mb"] = max(s[4] for s in sampler.samples)
        result["searchable_p99_s"] = p99(probe.delays)
        result["probes"] = len(probe.delays)
        result["samples"] = sampler.samples
        return result

    if args.soak:
        connections = levels[0]
        result = run_level(connections, args.soak)
        samples = result["samples"]
        third = max(1, len(samples) // 3)
        first = statistics.mean(s[1] for s in samples[:third])
        last = statistics.mean(s[1] for s in samples[-third:])
        anon_first = statistics.mean(s[3] for s in samples[:third])
        anon_last = statistics.mean(s[3] for s in samples[-third:])
        # The curve, one line per ten minutes: a leak shows as a slope, a cache filling
        # up as a knee that flattens.
        start = samples[0][0]
        for at in range(0, args.soak, 600):
            window = [s for s in samples if at <= s[0] - start < at + 600]
            if window:
                print(f"  minute {at // 60:>3}: resident {statistics.mean(s[1] for s in window):.0f} MB, "
                      f"anonymous {statistics.mean(s[3] for s in window):.0f} MB, "
                      f"open files {max(s[2] for s in window)}", flush=True)
        files_first = max(s[2] for s in samples[:third])
        files_last = max(s[2] for s in samples[-third:])
        print(f"soak {args.soak} s at {connections} clients: {result['rps']:.0f} req/s, p99 {result['p99_ms']:.1f} ms, "
              f"errors {result['non2xx'] + result['socket_errors']}; memory {first:.0f} MB (first third) → "
              f"{last:.0f} MB (last third), anonymous {anon_first:.0f} → {anon_last:.0f} MB, open files {files_first} → {files_last}; "
              f"searchable p99 {result['searchable_p99_s']:.2f} s; write-ahead log at most "
              f"{result['wal_mb']:.0f} MB", flush=True)
        if result["wal_mb"] > args.max_wal_mb:
            broken.append(f"write-ahead log grew to {result['wal_mb']:.0f} MB")
        if last > first * 1.2 + 20:
            broken.append(f"memory grew from {first:.0f} to {last:.0f} MB")
        if anon_last > anon_first * 1.2 + 20:
            broken.append(f"anonymous memory grew from {anon_first:.0f} to {anon_last:.0f} MB")
        if files_last > files_first + 10:
            broken.append(f"open files grew from {files_first} to {files_last}")
    else:
        for connections in levels:
            result = run_level(connections, args.seconds)
            answers_per_s = result["rps"] * {"mixed": 0.9, "answers": 1.0}.get(args.mix, 0.95)
            rows.append((connections, result, answers_per_s))
            print(f"{connections:>4} clients: {result['rps']:>7.0f} req/s (~{answers_per_s:.0f} answers/s)  "
                  f"p50 {result['p50_ms']:.1f} ms  p95 {result['p95_ms']:.1f} ms  p99 {result['p99_ms']:.1f} ms  "
                  f"errors {result['non2xx'] + result['socket_errors']}  RSS {result['rss_mb']:.0f} MB "
                  f"(anonymous {result['anon_mb']:.0f} MB)  "
                  f"files {result['files']}  log {result['wal_mb']:.0f} MB  searchable p99 {result['searchable_p99_s']:.2f} s "
                  f"({result['probes']} probes)  steady reads: search p99 {result['search_p99_ms']:.0f} ms, "
                  f"dashboard (4 figures) p99 {result['dashboard_p99_ms']:.0f} ms", flush=True)
            if result["non2xx"] + result["socket_errors"]:
                broken.append(f"{connections} clients: {result['non2xx']} non-2xx, {result['socket_errors']} socket errors")
            if result["wal_mb"] > args.max_wal_mb:
                broken.append(f"{connections} clients: write-ahead log grew to {result['wal_mb']:.0f} MB")
            if result["rss_mb"] > args.max_rss_mb:
                broken.append(f"{connections} clients: resident memory {result['rss_mb']:.0f} MB")
            if result["searchable_p99_s"] > 2:
                broken.append(f"{connections} clients: searchable after {result['searchable_p99_s']:.2f} s (p99)")
            if connections == 200 and result["p99_ms"] > 100:
                broken.append(f"200 clients: p99 {result['p99_ms']:.1f} ms")
            if connections == 200 and result["search_p99_ms"] > 50:
                broken.append(f"200 clients: steady search p99 {result['search_p99_ms']:.0f} ms")
            if connections == 200 and result["dashboard_p99_ms"] > 200:
                broken.append(f"200 clients: dashboard p99 {result['dashboard_p99_ms']:.0f} ms")
        # Latency, not saturation: a handful of planners searching at once.
        search = wrk(server.base, 8, max(5, args.seconds // 2), f"{HERE}/baseline.lua",
                     {"WRK_PATH": "search", "STEMME_TOKEN": token})
        dashboard = wrk(server.base, 10, max(5, args.seconds // 2), f"{HERE}/baseline.lua",
                        {"WRK_PATH": "/api/v1/indicators?by=district", "STEMME_TOKEN": token})
        print(f"search alone, 8 clients (throughput): {search['rps']:.0f} req/s, p50 {search['p50_ms']:.1f} ms, p99 {search['p99_ms']:.1f} ms", flush=True)
        print(f"dashboard figures alone, 10 clients (throughput): {dashboard['rps']:.0f} req/s, p99 {dashboard['p99_ms']:.1f} ms", flush=True)
        with ReadProbe(server, token) as quiet:
            time.sleep(max(5, args.seconds // 2))
        print(f"steady reads on a quiet server: search p99 {p99(quiet.search_ms):.0f} ms, "
              f"dashboard (4 figures) p99 {p99(quiet.dashboard_ms):.0f} ms", flush=True)
        if p99(quiet.search_ms) > 50:
            broken.append(f"quiet server: search p99 {p99(quiet.search_ms):.0f} ms")
        if p99(quiet.dashboard_ms) > 200:
            broken.append(f"quiet server: dashboard p99 {p99(quiet.dashboard_ms):.0f} ms")
        good = [r for r in rows if r[1]["p99_ms"] < 100]
        if good:
            best = max(good, key=lambda r: r[1]["rps"])
            print(f"highest rate with p99 < 100 ms: {best[1]['rps']:.0f} req/s at {best[0]} clients", flush=True)
    server.stop()
    stored = db_query(data_dir, "SELECT COUNT(*) FROM responses")[0][0]
    sqlite_rows = sqlite_baseline(work)
    plain = http_baseline(200, max(5, args.seconds // 2))
    print(f"baseline: single-row durable SQLite inserts on this disk: {sqlite_rows} rows/s", flush=True)
    print(f"baseline: plain actix-web handler, 200 clients: {plain['rps']:.0f} req/s, p99 {plain['p99_ms']:.1f} ms", flush=True)
    if rows:
        at200 = [r for r in rows if r[0] == 200]
        if at200 and at200[0][2] < sqlite_rows:
            broken.append(f"answers at 200 clients ({at200[0][2]:.0f}/s) below single-row durable inserts ({sqlite_rows}/s)")
    print(f"database holds {stored} responses after the run", flush=True)
    shutil.rmtree(work, ignore_errors=True)
    if broken:
        for b in broken:
            print(f"LIMIT {b}", flush=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
