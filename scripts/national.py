#!/usr/bin/env python3
"""National scale, simulated on one machine: how search and dashboard times grow with
the data, and what 357 municipalities cost one PostgreSQL server.

Two parts, both on one PostgreSQL server of the script's own:
  growth    one database grown through the sizes in --sizes (100 k, 1 M and 10 M answers
            by default; 10 M is more than the whole country answers in years, as if every
            municipality shared one deployment), loaded with `stemme demo` in chunks of
            a million. At each size a release server builds its own index from the
            database and is measured quiet and with answers arriving: search and
            full-dashboard p50 and p99, the first dashboard read (the indicator cube),
            the index catching up from nothing, the server's memory, the database's size.
  national  one database per municipality, as DEPLOYMENT.md decides: --municipalities
            databases (357 by default) with answers in proportion to population (a
            lognormal with Norway's median municipality of about 5,000 people and its
            total of 5.59 M, the largest set to Oslo's 717,710), --national-answers in
            all. Then --sample instances of municipalities across the sizes run at once
            against the one server, read concurrently; the script reports their times,
            their memory, and the connections they hold, and from that what 357 need.

Prints a Markdown table per part and exits 1 if a limit of issue 7 is broken (search
p99 50 ms, dashboard p99 200 ms, both quiet) at any size up to 1 M.

Needs root and PostgreSQL's server binaries. With --dir, the cluster and the loaded
databases are kept and reused by the next run (loading 10 M takes about an hour).
Usage: python3 scripts/national.py [--sizes 100000,1000000,10000000] [--dir /var/tmp/national]
       python3 scripts/national.py --part national --municipalities 357 --national-answers 1000000
(after cargo build --release)"""
import argparse
import math
import os
import shutil
import statistics
import subprocess
import tempfile
import threading
import time

from harness import BIN, Postgres, Server, answer, fail, get, indexed_total, request

# A tuned server for a machine that serves the country's databases: more cache than
# the default 128 MB, room for many instances' connections.
PG_SETTINGS = ("-c shared_buffers=4GB -c effective_cache_size=12GB -c work_mem=32MB "
               "-c maintenance_work_mem=512MB -c max_connections=1200 -c max_wal_size=8GB "
               "-c checkpoint_timeout=15min")

# What a planner searches for: common words of the demo's texts (thousands of matches
# at a million answers), a rarer one, a phrase, a word with a language filter, and a
# browse of everything in one unit.
SEARCHES = ["q=ventet", "q=tolken", "q=fotball", "q=%22lang%20tid%22", "q=hjelp&lang=nb",
            "q=school&lang=en", "q=&unit=saupstad-barnehage"]
# The four figures a dashboard draws.
FIGURES = ["", "?by=district", "?by=zone", "?by=period"]
CHUNK = 1_000_000


def p(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))]


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def du_mb(path):
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total / 1e6


def demo(url, data_dir, count, seed, force):
    env = dict(os.environ, DATABASE_URL=url, STEMME_DATA_DIR=data_dir, STEMME_LOG="warn")
    args = [BIN, "demo", "--count", str(count), "--seed", str(seed)]
    if force:
        args.append("--force")
    out = subprocess.run(args, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"stemme demo on {url}: {out.stderr.strip()[-500:]}")


class Reader:
    """A planner reading one server in a loop until stopped: a search, and every
    fourth turn the four dashboard figures timed together."""

    def __init__(self, server, token):
        self.server, self.token = server, token
        self.search_ms, self.dashboard_ms, self.errors = [], [], 0
        self.by_query = {q: [] for q in SEARCHES}
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def timed(self, path):
        started = time.time()
        try:
            status, _ = get(f"{self.server.base}{path}", token=self.token, timeout=60)
        except OSError:
            status = 0
        if status != 200:
            self.errors += 1
        return (time.time() - started) * 1000

    def turn(self, n):
        query = SEARCHES[n % len(SEARCHES)]
        self.search_ms.append(self.timed(f"/api/v1/search?{query}"))
        self.by_query[query].append(self.search_ms[-1])
        if n % 4 == 0:
            self.dashboard_ms.append(sum(self.timed(f"/api/v1/indicators{q}") for q in FIGURES))

    def _run(self):
        n = 0
        while not self.stopping.is_set():
            self.turn(n)
            n += 1

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.stopping.set()
        self.thread.join(timeout=120)


class Answers:
    """Answers arriving at a steady rate (a busy day, not a load test)."""

    def __init__(self, server, per_second):
        self.server, self.interval = server, 1.0 / per_second
        self.sent = self.errors = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        n = 0
        next_at = time.time()
        while not self.stopping.is_set():
            n += 1
            try:
                status, _ = request("POST", f"{self.server.base}/api/v1/responses",
                                    answer(n, "Vi ventet lenge, men tolken kom til slutt."), timeout=10)
            except OSError:
                status = 0
            if status in (200, 201):
                self.sent += 1
            else:
                self.errors += 1
            next_at += self.interval
            time.sleep(max(0.0, next_at - time.time()))

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.stopping.set()
        self.thread.join(timeout=30)


def count_answers(pg, db):
    rows = pg.psql("SELECT (SELECT COUNT(*) FROM responses), (SELECT COUNT(*) FROM response_texts)",
                   db=db, timeout=1800)
    return int(rows[0][0]), int(rows[0][1])


def has_database(pg, db):
    return bool(pg.psql(f"SELECT 1 FROM pg_database WHERE datname = '{db}'", db="postgres"))


def serve(work, pg, db, name, extra_env=None):
    """A release server on `db` with an index of its own, started and caught up:
    (server, token, seconds until the index held every text)."""
    url = f"postgres://stemme@127.0.0.1:{pg.port}/{db}"
    data_dir = f"{work}/data-{name}"
    # The index is rebuilt from the database every run: its catch-up time is measured.
    shutil.rmtree(data_dir, ignore_errors=True)
    os.makedirs(data_dir)
    server = Server(data_dir, database_url=url, extra_env={"STEMME_INDEX_COMMIT_MS": "1000", **(extra_env or {})})
    token = server.cli("token", "create", "--role", "planner", "--name", f"national-{name}").splitlines()[-1].strip()
    # A planner's counts carry the disclosure noise; an admin's are exact.
    admin = server.cli("token", "create", "--role", "admin", "--name", f"national-{name}-admin").splitlines()[-1].strip()
    _, texts = count_answers(pg, db)
    # Ten times the slowest rate measured (13,000 texts/s), and at least two minutes:
    # an index that never catches up fails the run instead of holding CI for hours.
    limit = max(120, texts // 1300)
    started = time.time()
    server.start(wait=1800)
    while indexed_total(server, admin) != texts:
        if time.time() - started > limit:
            fail(f"{name}: the index holds {indexed_total(server, admin)} of {texts} texts after {limit} s")
        time.sleep(1)
    return server, token, time.time() - started


def growth(pg, work, sizes, quiet_reads, loaded_seconds, rate):
    rows = []
    # One database grows through the sizes, as a deployment's would.
    db = "growth"
    url = f"postgres://stemme@127.0.0.1:{pg.port}/{db}"
    if not has_database(pg, db):
        pg.psql(f"CREATE DATABASE {db}", db="postgres")
    for size in sizes:
        load_s = None
        have, _ = count_answers(pg, db) if pg.psql(
            "SELECT 1 FROM pg_tables WHERE tablename = 'responses'", db=db) else (0, 0)
        if have > size * 1.1:
            print(f"  {size:,}: skipped, the database has grown past it ({have:,} answers)", flush=True)
            continue
        if have < size:
            started = time.time()
            loaded = have
            while loaded < size:
                step = min(CHUNK, size - loaded)
                # A seed per starting count: no chunk repeats another's submission ids.
                demo(url, f"{work}/demo", step, 2026 + loaded, force=loaded > 0)
                loaded += step
                print(f"  {db}: {loaded:,} of {size:,} answers loaded ({time.time() - started:.0f} s)", flush=True)
            load_s = time.time() - started
            pg.psql("VACUUM ANALYZE", db=db, timeout=7200)
        answers, texts = count_answers(pg, db)
        server, token, index_s = serve(work, pg, db, f"growth-{size}")
        try:
            started = time.time()
            get(f"{server.base}/api/v1/indicators", token=token, timeout=1800)
            cube_s = time.time() - started
            quiet = Reader(server, token)
            for n in range(quiet_reads):
                quiet.turn(n)
            loaded_reader = Reader(server, token)
            arriving = Answers(server, rate)
            arriving.start()
            loaded_reader.start()
            time.sleep(loaded_seconds)
            loaded_reader.stop()
            arriving.stop()
            rss = rss_mb(server.proc.pid)
        finally:
            server.stop()
        db_mb = float(pg.psql(f"SELECT pg_database_size('{db}') / 1e6", db="postgres")[0][0])
        row = {
            "answers": answers, "texts": texts, "load_s": load_s, "index_s": index_s, "cube_s": cube_s,
            "search_p50": p(quiet.search_ms, 0.5), "search_p99": p(quiet.search_ms, 0.99),
            "dash_p50": p(quiet.dashboard_ms, 0.5), "dash_p99": p(quiet.dashboard_ms, 0.99),
            "loaded_search_p99": p(loaded_reader.search_ms, 0.99),
            "loaded_dash_p99": p(loaded_reader.dashboard_ms, 0.99),
            "arrived": arriving.sent / loaded_seconds, "errors": quiet.errors + loaded_reader.errors + arriving.errors,
            "rss_mb": rss, "db_mb": db_mb, "index_mb": du_mb(server.data_dir),
        }
        rows.append(row)
        print(f"  {answers:,} answers ({db}): search p50 {row['search_p50']:.0f} ms p99 {row['search_p99']:.0f} ms; "
              f"dashboard p50 {row['dash_p50']:.0f} ms p99 {row['dash_p99']:.0f} ms; with answers arriving: "
              f"search p99 {row['loaded_search_p99']:.0f} ms, dashboard p99 {row['loaded_dash_p99']:.0f} ms; "
              f"index {index_s:.0f} s, cube {cube_s * 1000:.0f} ms, RSS {rss:.0f} MB, database {db_mb:,.0f} MB, "
              f"errors {row['errors']}", flush=True)
        print("    quiet search p50 / p99 by query: " + "; ".join(
            f"{q} {p(ms, 0.5):.0f} / {p(ms, 0.99):.0f} ms" for q, ms in quiet.by_query.items()), flush=True)
    print("\n| answers (texts) | search p50 / p99 | full dashboard p50 / p99 | with answers arriving: "
          "search p99 / dashboard p99 | first dashboard (cube read) | index built from the database | "
          "server RSS | PostgreSQL database | index | demo load |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        load = f"{r['load_s'] / 60:.0f} min" if r["load_s"] else "(reused)"
        print(f"| {r['answers']:,} ({r['texts']:,}) | {r['search_p50']:.0f} / {r['search_p99']:.0f} ms | "
              f"{r['dash_p50']:.0f} / {r['dash_p99']:.0f} ms | {r['loaded_search_p99']:.0f} / "
              f"{r['loaded_dash_p99']:.0f} ms at {r['arrived']:.0f} answers/s | {r['cube_s'] * 1000:.0f} ms | "
              f"{r['index_s']:.0f} s | {r['rss_mb']:.0f} MB | {r['db_mb'] / 1000:.1f} GB | "
              f"{r['index_mb'] / 1000:.2f} GB | {load} |")
    return rows


COUNTRY = 357


def populations(n, total=5_594_000, largest=717_710, median=5_000):
    """Sizes of `n` municipalities, largest first: of the country's 357 (a lognormal
    spread with Norway's median and total, the largest set to Oslo's), or of fewer,
    evenly chosen from largest to smallest. Not the real list; the shape is what
    matters here."""
    dist = statistics.NormalDist()
    sigma = 1.5
    raw = sorted((median * math.exp(sigma * dist.inv_cdf((i + 0.5) / COUNTRY)) for i in range(COUNTRY)),
                 reverse=True)
    rest = (total - largest) / sum(raw[1:])
    country = [largest] + [max(200, round(x * rest)) for x in raw[1:]]
    if n >= COUNTRY:
        return country
    return [country[round(k * (COUNTRY - 1) / max(1, n - 1))] for k in range(n)]


def national(pg, work, municipalities, total_answers, sample, seconds):
    pops = populations(municipalities)
    people = sum(pops)
    counts = [max(10, round(total_answers * x / people)) for x in pops]
    started = time.time()
    made = 0
    for i, count in enumerate(counts):
        db = f"m{i + 1:03}"
        if has_database(pg, db) and pg.psql("SELECT 1 FROM pg_tables WHERE tablename = 'responses'", db=db) \
                and count_answers(pg, db)[0] >= count:
            continue
        if not has_database(pg, db):
            pg.psql(f"CREATE DATABASE {db}", db="postgres")
        demo(f"postgres://stemme@127.0.0.1:{pg.port}/{db}", f"{work}/demo-{db}", count, 3000 + i, force=True)
        made += 1
        if made % 25 == 0:
            print(f"  {i + 1} of {municipalities} municipalities loaded ({time.time() - started:.0f} s)", flush=True)
    load_s = time.time() - started
    cluster_mb = float(pg.psql("SELECT SUM(pg_database_size(datname)) / 1e6 FROM pg_database "
                               "WHERE datname ~ '^m[0-9]{3}$'", db="postgres")[0][0])
    smallest_mb = float(pg.psql(f"SELECT pg_database_size('m{municipalities:03}') / 1e6", db="postgres")[0][0])
    print(f"  {municipalities} databases, {sum(counts):,} answers ({counts[0]:,} in the largest, "
          f"{counts[len(counts) // 2]:,} in the median, {counts[-1]:,} in the smallest); loaded in "
          f"{load_s:.0f} s ({made} loaded this run); the {municipalities} databases {cluster_mb / 1000:.1f} GB, "
          f"the smallest {smallest_mb:.0f} MB", flush=True)

    def backends():
        return int(pg.psql("SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'client backend'",
                           db="postgres")[0][0])

    # Municipalities across the sizes: the largest, then evenly down to the smallest.
    picks = sorted({round(k * (municipalities - 1) / max(1, sample - 1)) for k in range(sample)})
    before = backends()
    servers = []
    try:
        started = time.time()
        for i in picks:
            server, token, _ = serve(work, pg, f"m{i + 1:03}", f"m{i + 1:03}", {"STEMME_DB_POOL_SIZE": "2"})
            servers.append((i, server, token))
        start_s = time.time() - started
        idle_rss = [rss_mb(s.proc.pid) for _, s, _ in servers]
        idle_backends = backends() - before
        readers = [Reader(s, t).start() for _, s, t in servers]
        busy = []
        end = time.time() + seconds
        while time.time() < end:
            busy.append(backends() - before)
            time.sleep(0.5)
        for r in readers:
            r.stop()
        busy_rss = [rss_mb(s.proc.pid) for _, s, _ in servers]
    finally:
        for _, s, _ in servers:
            s.stop()
    print(f"\n{len(servers)} instances (pool of 2 each) started one after another in {start_s:.0f} s "
          f"(each built its index from its database), all read at once for {seconds} s:\n")
    print("| municipality | people (synthetic) | answers | search p50 / p99 | full dashboard p50 / p99 | "
          "instance RSS idle / read |")
    print("|---|---|---|---|---|---|")
    for k, (i, _, _) in enumerate(servers):
        r = readers[k]
        print(f"| m{i + 1:03} | {pops[i]:,} | {counts[i]:,} | {p(r.search_ms, 0.5):.0f} / {p(r.search_ms, 0.99):.0f} ms "
              f"| {p(r.dashboard_ms, 0.5):.0f} / {p(r.dashboard_ms, 0.99):.0f} ms | {idle_rss[k]:.0f} / "
              f"{busy_rss[k]:.0f} MB |")
    errors = sum(r.errors for r in readers)
    peak = max(busy) if busy else idle_backends
    print(f"\nPostgreSQL connections held by the {len(servers)} instances: {idle_backends} idle, "
          f"{peak} at most while read ({peak / len(servers):.1f} each); for {municipalities} instances that is "
          f"about {round(idle_backends / len(servers) * municipalities)} idle and "
          f"{round(peak / len(servers) * municipalities)} busy. Errors: {errors}.", flush=True)
    if errors:
        fail(f"{errors} reads failed")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=["growth", "national", "both"], default="both")
    parser.add_argument("--sizes", default="100000,1000000,10000000")
    parser.add_argument("--municipalities", type=int, default=COUNTRY, help="at most 357, the country's")
    parser.add_argument("--national-answers", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=8, help="municipalities served at once in the national part")
    parser.add_argument("--reads", type=int, default=400, help="quiet searches per size (a dashboard every 4th)")
    parser.add_argument("--seconds", type=int, default=30, help="reads with answers arriving, per size")
    parser.add_argument("--rate", type=int, default=20, help="answers per second arriving meanwhile")
    parser.add_argument("--dir", help="keep the cluster and databases here and reuse them next time")
    args = parser.parse_args()
    if not 1 <= args.municipalities <= COUNTRY:
        fail(f"--municipalities must be 1 to {COUNTRY}")
    if os.geteuid() != 0:
        fail("this script runs PostgreSQL as its own user and must run as root")
    work = args.dir or tempfile.mkdtemp(prefix="stemme-national-")
    os.makedirs(work, exist_ok=True)
    os.chmod(work, 0o755)
    pg = Postgres(f"{work}/pg", reuse=bool(args.dir))
    pg.start(PG_SETTINGS)
    try:
        broken = []
        if args.part in ("growth", "both"):
            print("growth: one database per size", flush=True)
            sizes = [int(x) for x in args.sizes.split(",")]
            for r in growth(pg, work, sizes, args.reads, args.seconds, args.rate):
                if r["errors"]:
                    broken.append(f"{r['answers']:,} answers: {r['errors']} failed requests")
                if r["answers"] <= 1_100_000 and r["search_p99"] > 50:
                    broken.append(f"{r['answers']:,} answers: quiet search p99 {r['search_p99']:.0f} ms")
                if r["answers"] <= 1_100_000 and r["dash_p99"] > 200:
                    broken.append(f"{r['answers']:,} answers: quiet dashboard p99 {r['dash_p99']:.0f} ms")
        if args.part in ("national", "both"):
            print(f"\nnational: {args.municipalities} databases on one server", flush=True)
            national(pg, work, args.municipalities, args.national_answers, args.sample, args.seconds)
        if broken:
            fail("; ".join(broken))
        print("OK", flush=True)
    finally:
        pg.stop()
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
