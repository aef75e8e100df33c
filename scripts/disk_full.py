#!/usr/bin/env python3
"""Disk-full test: the data folder lives on a small tmpfs. With the disk filled, the
server refuses answers with a clear error and stores nothing partial; it stays up; when
space returns it takes answers again, and search counts what the database holds.

Needs root (it mounts a 64 MB tmpfs). Usage: python3 scripts/disk_full.py"""
import os
import subprocess
import tempfile
import time

from harness import Server, answer, check_stored_once, db_query, fail, get, request, sqlite_rows_for, wait_index


def fill(path):
    """Writes a filler file until the disk is full; returns its size."""
    size = 0
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for chunk in (256 * 1024, 4096, 512):
            block = b"\0" * chunk
            while True:
                try:
                    written = os.write(fd, block)
                except OSError:
                    break
                size += written
                if written < chunk:
                    break
    finally:
        os.close(fd)
    return size


def stored_whole(data_dir, acked):
    check_stored_once(acked, sqlite_rows_for(data_dir))
    partial = db_query(
        data_dir,
        "SELECT COUNT(*) FROM responses r WHERE NOT EXISTS "
        "(SELECT 1 FROM answers a WHERE a.response_id = r.id)",
    )[0][0]
    if partial:
        fail(f"{partial} responses are stored without their answers")


def main():
    if os.geteuid() != 0:
        fail("the disk-full test mounts a small tmpfs and must run as root")
    work = tempfile.mkdtemp(prefix="stemme-disk-")
    mnt = f"{work}/mnt"
    os.makedirs(mnt)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mnt], check=True)
    server = None
    try:
        data_dir = f"{mnt}/data"
        server = Server(data_dir)
        server.log_path = f"{work}/server.log"
        token = server.cli("token", "create", "--role", "admin", "--name", "disk-test").splitlines()[-1].strip()
        server.start()
        acked = {}
        for n in range(50):
            body = answer(n)
            status, reply = request("POST", f"{server.base}/api/v1/responses", body)
            if status != 201:
                fail(f"answer {n} refused before the disk was full: {status} {reply}")
            acked[body["submission_id"]] = reply["id"]

        filler = f"{mnt}/filler"
        filled = fill(filler)
        refused, codes = 0, set()
        for n in range(50, 250):
            body = answer(n, "Vi fikk god hjelp. " * 40)
            status, reply = request("POST", f"{server.base}/api/v1/responses", body)
            if status in (200, 201):
                acked[body["submission_id"]] = reply["id"]
            else:
                refused += 1
                codes.add((status, (reply or {}).get("error")))
                if status != 503 or not (reply or {}).get("message"):
                    fail(f"a full disk gave {status} {reply}, not 503 with a message")
        if refused == 0:
            fail("the disk never filled up: nothing was refused")
        status, health = get(f"{server.base}/healthz")
        if status not in (200, 503):
            fail(f"the server is not answering on a full disk: {status}")

        os.remove(filler)
        time.sleep(0.5)
        for n in range(300, 320):
            body = answer(n)
            status, reply = request("POST", f"{server.base}/api/v1/responses", body)
            if status != 201:
                fail(f"space is back but an answer was refused: {status} {reply}")
            acked[body["submission_id"]] = reply["id"]
        integrity = db_query(data_dir, "PRAGMA integrity_check")
        if integrity != [("ok",)]:
            fail(f"integrity_check: {integrity}")
        stored_whole(data_dir, acked)
        texts = db_query(data_dir, "SELECT COUNT(*) FROM response_texts")[0][0]
        seconds = wait_index(server, token, texts, limit=120)
        print(
            f"disk full: {filled // 1024} KiB filler filled the 64 MB disk; {refused} of 200 answers "
            f"refused with {sorted(codes)}; {len(acked)} acknowledged answers all stored whole once; "
            f"integrity ok; after space returned answers were taken and search caught up in {seconds:.1f} s",
            flush=True,
        )
    finally:
        if server:
            server.stop()
        subprocess.run(["umount", mnt], check=False)


if __name__ == "__main__":
    main()
