#!/usr/bin/env bash
# Smoke test: start the release binary in a real window on a virtual X display, check
# that a window titled "Steady" appears, and that the app closes cleanly by itself.
# Needs: xvfb, x11-utils (xwininfo). Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
bin=target/release/steady
data=$(mktemp -d)
log=$(mktemp)
display=":$(( 90 + RANDOM % 100 ))"

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; rm -rf "$data" "$log"; }
trap cleanup EXIT
for _ in $(seq 50); do xwininfo -display "$display" -root >/dev/null 2>&1 && break; sleep 0.1; done

DISPLAY="$display" STEADY_DATA_DIR="$data" STEADY_REPORT_FIRST_FRAME=1 "$bin" --exit-after 6 >"$log" 2>&1 &
app=$!

found=""
for _ in $(seq 50); do
  if xwininfo -display "$display" -root -tree 2>/dev/null | grep -q '"Steady'; then found=yes; break; fi
  sleep 0.1
done
status=0
wait "$app" || status=$?
if [ -z "$found" ]; then echo "smoke: no window titled Steady appeared"; cat "$log"; exit 1; fi
if [ "$status" -ne 0 ]; then echo "smoke: steady exited with $status"; cat "$log"; exit 1; fi
if grep -q "panicked" "$log"; then echo "smoke: steady panicked"; cat "$log"; exit 1; fi
if ! grep -q "first-frame-epoch-ns" "$log"; then echo "smoke: no frame was drawn"; cat "$log"; exit 1; fi
echo "smoke: window appeared and closed cleanly"
