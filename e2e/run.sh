#!/usr/bin/env bash
# Browser tests: starts a release build of stemme on a fresh data folder, then drives it
# with headless Chromium. Needs Debian's chromium and Node (installed by .ci/run).
# Usage: bash e2e/run.sh   (after `cargo build --release`)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN="$ROOT/target/release/stemme"
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }
DATA=$(mktemp -d /tmp/stemme-e2e.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export STEMME_DATA_DIR="$DATA" STEMME_BIND="127.0.0.1:$PORT" STEMME_RATE_LIMIT_PER_MIN=100000
export STEMME_ACCESSIBILITY_URL="https://uustatus.no/nb/erklaringer/publisert/stemme-test"
"$BIN" serve > "$DATA/server.log" 2>&1 &
SERVER=$!
DEMO_SERVER=""
DEMO=""
cleanup() {
  kill "$SERVER" $DEMO_SERVER 2>/dev/null || true
  wait "$SERVER" $DEMO_SERVER 2>/dev/null || true
  rm -rf "$DATA" ${DEMO:+"$DEMO"}
}
trap cleanup EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
# A second server with a year of demo answers, for the pages that publish past periods
# (the public page per unit).
DEMO=$(mktemp -d /tmp/stemme-e2e-demo.XXXXXX)
DEMO_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
STEMME_DATA_DIR="$DEMO" "$BIN" demo --count 20000 --months 15 > "$DEMO/demo.log" 2>&1
STEMME_DATA_DIR="$DEMO" STEMME_BIND="127.0.0.1:$DEMO_PORT" "$BIN" serve > "$DEMO/server.log" 2>&1 &
DEMO_SERVER=$!
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$DEMO_PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
PLANNER_TOKEN=$("$BIN" token create --role planner --name e2e 2>/dev/null)
ADMIN_TOKEN=$("$BIN" token create --role admin --name e2e-admin 2>/dev/null)
# Staff accounts for the pages, with a password the browser types.
export E2E_PASSWORD="browser test passphrase"
for who in planner admin facilitator; do
  STEMME_NEW_PASSWORD="$E2E_PASSWORD" "$BIN" user create --username "e2e-$who" --role "$who" 2>/dev/null
done
cd e2e
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error
BASE_URL="http://127.0.0.1:$PORT" DEMO_URL="http://127.0.0.1:$DEMO_PORT" PLANNER_TOKEN="$PLANNER_TOKEN" ADMIN_TOKEN="$ADMIN_TOKEN" REGISTRY_CSV="$ROOT/docs/registry-example.csv" OUT_DIR="$ROOT/target/e2e" node run.mjs
