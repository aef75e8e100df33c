#!/usr/bin/env python3
"""Crash test: kill -9 the server at random moments while answers stream in.

After each restart every acknowledged answer is stored exactly once (with its answers
and its text), `PRAGMA integrity_check` is ok, and search catches up with the database:
every text indexed, those the kill left without language and redaction included (the
server finishes them at start).

Usage: python3 scripts/crash.py [--rounds 50] [--threads 8]   (after cargo build --release)
Exits non-zero on the first broken rule; prints its figures."""
import argparse
import random
import tempfile
import time

from harness import Server, Stream, check_stored_once, db_query, fail, rand_between, sqlite_rows_for, wait_index


# Texts stored without their language and redaction (the kill came first).
UNPROCESSED_SQL = "SELECT COUNT(*) FROM response_texts WHERE processed_at IS NULL"


def check_round(data_dir, acked):
    integrity = db_query(data_dir, "PRAGMA integrity_check")
    if integrity != [("ok",)]:
        fail(f"integrity_check: {integrity}")
    check_stored_once(acked, sqlite_rows_for(data_dir))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    random.seed(args.seed)
    work = tempfile.mkdtemp(prefix="stemme-crash-")
    data_dir = f"{work}/data"
    server = Server(data_dir)
    token = server.cli("token", "create", "--role", "admin", "--name", "crash-test").splitlines()[-1].strip()
    acked = {}
    catch_up = []
    left_unprocessed = 0
    started = time.time()
    for round_no in range(1, args.rounds + 1):
        server.start()
        stream = Stream(server, args.threads).start()
        time.sleep(rand_between(0.2, 1.5))
        server.kill()
        stream.stop()
        acked.update(stream.acked)
        unprocessed = db_query(data_dir, UNPROCESSED_SQL)[0][0]
        left_unprocessed += unprocessed
        server.start()
        check_round(data_dir, acked)
        texts = db_query(data_dir, "SELECT COUNT(*) FROM response_texts")[0][0]
        catch_up.append(wait_index(server, token, texts))
        server.stop()
        print(
            f"round {round_no}/{args.rounds}: {len(stream.acked)} acknowledged, "
            f"{len(acked)} in all, all present once; {unprocessed} texts left unprocessed; "
            f"search caught up in {catch_up[-1]:.2f} s",
            flush=True,
        )
    total = db_query(data_dir, "SELECT COUNT(*) FROM responses")[0][0]
    catch_up.sort()
    print(
        f"crash: {args.rounds} kill -9 rounds in {time.time() - started:.0f} s; "
        f"{len(acked)} acknowledged answers, {total} stored (unacknowledged ones may land too); "
        f"integrity ok every round; {left_unprocessed} texts left unprocessed by the kills, "
        f"all indexed after restart; search catch-up after restart max {catch_up[-1]:.2f} s",
        flush=True,
    )


if __name__ == "__main__":
    main()
