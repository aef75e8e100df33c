#!/usr/bin/env python3
"""Index damage test: the search index is damaged while the server is down, in each of
these ways: meta.json truncated, a whole segment deleted, bytes flipped in a segment
file, the index folder gone. Each time the server starts, takes answers at once,
rebuilds, and ends with search counting exactly the texts the database holds.

Usage: python3 scripts/index_damage.py [--answers 300]   (after cargo build --release)"""
import argparse
import os
import random
import shutil
import tempfile
import time

from harness import Server, answer, db_query, fail, request, wait_index


def segments(index_dir):
    return sorted({f.split(".")[0] for f in os.listdir(index_dir) if f.endswith(".store")})


def truncate_meta(index_dir):
    path = os.path.join(index_dir, "meta.json")
    with open(path, "r+b") as f:
        size = os.path.getsize(path)
        f.truncate(size // 2)
    return f"meta.json truncated from {size} bytes to {size // 2}"


def pick_segment(index_dir, what):
    segs = segments(index_dir)
    if not segs:
        fail(f"no segment to {what}")
    return random.choice(segs), segs


def delete_segment(index_dir):
    victim, segs = pick_segment(index_dir, "delete")
    for f in os.listdir(index_dir):
        if f.startswith(victim):
            os.remove(os.path.join(index_dir, f))
    return f"segment {victim} deleted ({len(segs)} segments)"


def flip_bytes(index_dir):
    victim, _ = pick_segment(index_dir, "damage")
    flipped = 0
    for ext in ("store", "idx", "term"):
        path = os.path.join(index_dir, f"{victim}.{ext}")
        if not os.path.exists(path):
            continue
        with open(path, "r+b") as f:
            data = bytearray(f.read())
            for _ in range(max(1, len(data) // 50)):
                i = random.randrange(len(data))
                data[i] ^= 0xFF
                flipped += 1
            f.seek(0)
            f.write(data)
    return f"{flipped} bytes flipped in segment {victim}"


def remove_folder(index_dir):
    shutil.rmtree(index_dir)
    return "index folder removed"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    random.seed(args.seed)
    work = tempfile.mkdtemp(prefix="stemme-index-")
    data_dir = f"{work}/data"
    index_dir = f"{data_dir}/index"
    server = Server(data_dir)
    token = server.cli("token", "create", "--role", "admin", "--name", "index-test").splitlines()[-1].strip()
    server.start()
    for n in range(args.answers):
        status, _ = request("POST", f"{server.base}/api/v1/responses", answer(n))
        if status != 201:
            fail(f"answer {n} refused with {status}")
    texts = db_query(data_dir, "SELECT COUNT(*) FROM response_texts")[0][0]
    wait_index(server, token, texts)
    server.stop()

    for damage in (truncate_meta, delete_segment, flip_bytes, remove_folder):
        what = damage(index_dir)
        started = time.time()
        server.start()
        # Answers are taken while the index is rebuilt.
        for n in range(5):
            status, reply = request("POST", f"{server.base}/api/v1/responses", answer(10_000 + n))
            if status != 201:
                fail(f"after '{what}': an answer was refused with {status} {reply}")
        texts = db_query(data_dir, "SELECT COUNT(*) FROM response_texts")[0][0]
        wait_index(server, token, texts, limit=120)
        server.stop()
        print(
            f"{what}: started, took answers, rebuilt; search counts {texts} = database "
            f"({time.time() - started:.1f} s)",
            flush=True,
        )
    shutil.rmtree(work, ignore_errors=True)
    print("index damage: every kind of damage repaired, no answer lost", flush=True)


if __name__ == "__main__":
    main()
