#!/usr/bin/env python3
"""PostgreSQL crash test: `pg_ctl stop -m immediate` (a crash, no shutdown checkpoint)
while answers stream in, then PostgreSQL starts again. The stemme server keeps running
throughout: it answers 503 while the database is gone and reconnects by itself. After
each round every acknowledged answer is stored exactly once with its answers and text,
and search catches up with the database.

Needs root and PostgreSQL's server binaries (Debian package postgresql).
Usage: python3 scripts/pg_crash.py [--rounds 10]   (after cargo build --release)"""
import argparse
import os
import shutil
import tempfile
import time

from harness import STORED_SQL, Postgres, Server, Stream, check_stored_once, fail, get, indexed_total, rand_between


def check(pg, acked):
    check_stored_once(acked, lambda chunk: pg.psql(STORED_SQL.format(ids=",".join(f"'{sid}'" for sid in chunk))))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    if os.geteuid() != 0:
        fail("the PostgreSQL crash test runs PostgreSQL as its own user and must run as root")
    work = tempfile.mkdtemp(prefix="stemme-pgcrash-")
    os.chmod(work, 0o755)  # PostgreSQL's own user must reach its folder inside
    pg = Postgres(f"{work}/pg")
    pg.start()
    server = None
    try:
        pg.psql("CREATE DATABASE crash", db="postgres")
        server = Server(f"{work}/data", database_url=f"postgres://stemme@127.0.0.1:{pg.port}/crash")
        token = server.cli("token", "create", "--role", "admin", "--name", "pg-crash").splitlines()[-1].strip()
        server.start()
        acked, catch_up = {}, []
        for round_no in range(1, args.rounds + 1):
            stream = Stream(server, args.threads).start()
            time.sleep(rand_between(0.3, 1.5))
            pg.crash()
            time.sleep(rand_between(0.5, 1.5))
            status, _ = get(f"{server.base}/healthz")
            if status != 503:
                fail(f"with PostgreSQL down /healthz answered {status}, not 503")
            pg.start()
            stream.stop()
            acked.update(stream.acked)
            # The server reconnects by itself.
            for _ in range(300):
                if get(f"{server.base}/healthz")[0] == 200:
                    break
                time.sleep(0.1)
            else:
                fail("the server did not reconnect to PostgreSQL within 30 s")
            check(pg, acked)
            # Answers whose clients gave up while the database was down may still be
            # committed by the writer's retry afterwards: compare with a fresh count.
            started = time.time()
            while True:
                texts = int(pg.psql("SELECT COUNT(*) FROM response_texts")[0][0])
                if indexed_total(server, token) == texts:
                    break
                if time.time() - started > 60:
                    fail(f"search shows {indexed_total(server, token)} texts, the database {texts}, after 60 s")
                time.sleep(0.1)
            catch_up.append(time.time() - started)
            print(f"round {round_no}/{args.rounds}: {len(stream.acked)} acknowledged, {len(acked)} in all, "
                  f"all present once; search caught up in {catch_up[-1]:.2f} s", flush=True)
        total = int(pg.psql("SELECT COUNT(*) FROM responses")[0][0])
        print(f"postgres crash: {args.rounds} rounds of pg_ctl stop -m immediate under load; "
              f"{len(acked)} acknowledged answers all stored once ({total} stored); "
              f"the server reconnected every time; search catch-up max {max(catch_up):.2f} s", flush=True)
    finally:
        if server:
            server.stop()
        pg.stop()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
