#!/usr/bin/env bash
# Cue timing on the real playback path: Steady's sound thread and rodio/cpal writing
# through ALSA into a `type file` PCM whose output (a FIFO, 16-bit mono 48 kHz) is read
# by a small reader paced in real time, so the output runs at real speed as on a sound
# card. `steady cue-timing` runs a session (paced stepping, 90 bpm) on the computer's
# clock, ticked every 16 ms like the window's frames, and prints each cue's engine
# time; the recorded output's onsets are then matched to those times.
#
# Runs it twice, side by side: with sample-accurate scheduling (Steady now) and with
# `--immediate` (each cue played when a tick sees it: Steady before), and prints for
# each the beat interval error (against 666.7 ms) and the cue onset error after the
# constant latency (the median), and the ratio old / new.
#
# Usage: scripts/cue-timing.sh            (Needs: alsa-lib's plugins, python3.)
# Environment: STEADY_BIN (default target/debug/steady, built if missing),
#              SECS (default 60), ROUTINE (default paced-stepping).
set -euo pipefail
cd "$(dirname "$0")/.."

SECS=${SECS:-60}
ROUTINE=${ROUTINE:-paced-stepping}
BIN=${STEADY_BIN:-target/debug/steady}
[ -x "$BIN" ] || cargo build --quiet --bin steady

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/data"
# ALSA reads ~/.asoundrc: the default PCM converts to 16-bit mono 48 kHz and writes to
# the FIFO ("null" as the slave: there is no sound card).
cat > "$work/home/.asoundrc" <<ALSA
pcm.!default {
    type plug
    slave { pcm "tap"; format S16_LE; rate 48000; channels 1 }
}
pcm.tap {
    type file
    slave.pcm "null"
    file "$work/fifo"
    format "raw"
}
ALSA

cat > "$work/reader.py" <<'PY'
# Reads the FIFO at exactly 48000 frames a second of real time (the sound card's pace),
# until it is stopped. The FIFO holds one page (2048 frames, 42.7 ms), like a sound
# card's buffer: it is sized before the player opens it, and the reader keeps a write
# end of its own so that reads wait for data instead of seeing an end.
import fcntl, os, sys, time
fifo, out = sys.argv[1], sys.argv[2]
rate, width = 48000, 2
fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 4096)
keep = os.open(fifo, os.O_WRONLY)
fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
with open(out, "wb", buffering=0) as f:
    data = os.read(fd, width)
    f.write(data)
    got, t0 = len(data), time.monotonic()
    while True:
        due = int((time.monotonic() - t0) * rate) * width
        while got < due:
            data = os.read(fd, min(due - got, 65536))
            f.write(data)
            got += len(data)
        time.sleep(0.001)
PY

cat > "$work/analyse.py" <<'PY'
# Onsets in the recorded output, matched to the engine's cue times.
import array, statistics, sys
raw, cues_txt = sys.argv[1], sys.argv[2]
rate, threshold, quiet = 48000, 60, int(0.020 * 48000)
samples = array.array("h")
with open(raw, "rb") as f:
    samples.frombytes(f.read())
onsets, silent = [], quiet
for i, s in enumerate(samples):
    if abs(s) > threshold:
        if silent >= quiet:
            onsets.append(i / rate)
        silent = 0
    else:
        silent += 1
cues = [(float(t), name) for _, t, name in (l.split() for l in open(cues_txt) if l.startswith("cue "))]
if not cues or not onsets:
    sys.exit("no cues or no sound recorded")
first = onsets[0] - cues[0][0]
matched = []
for t, name in cues:
    near = min(onsets, key=lambda o: abs(o - (t + first)))
    if abs(near - (t + first)) < 0.15:
        matched.append((t, name, near))
offsets = [o - t for t, _, o in matched]
latency = statistics.median(offsets)
errors = [(d - latency) * 1000 for d in offsets]
beats = [(t, o) for t, name, o in matched if name == "Beat"]
intervals = [((o2 - o1) - (t2 - t1)) * 1000 for (t1, o1), (t2, o2) in zip(beats, beats[1:])
             if abs((t2 - t1) - 60 / 90) < 1e-3]
nominal = 60 / 90 * 1000
within = sum(abs(e) <= 2.0 for e in intervals)
print(f"cues {len(cues)}, matched {len(matched)}, latency {latency * 1000:.1f} ms")
if intervals:
    print(f"beat intervals: {len(intervals)}, nominal {nominal:.1f} ms, error max {max(map(abs, intervals)):.2f} ms, "
          f"sd {statistics.pstdev(intervals):.2f} ms, within ±2 ms: {within}/{len(intervals)}")
outliers = [(t, name, e) for (t, name, _), e in zip(matched, errors) if abs(e) > 2.0]
if len(outliers) <= 5:
    for t, name, e in outliers:
        print(f"  {name} at {t:.3f} s: {e:+.2f} ms off")
print(f"cue onsets after the constant latency: max {max(map(abs, errors)):.2f} ms, sd {statistics.pstdev(errors):.2f} ms")
print(f"RESULT {max(map(abs, intervals)) if intervals else float('nan'):.4f} {statistics.pstdev(intervals) if intervals else float('nan'):.4f} {max(map(abs, errors)):.4f}")
PY

run() {
    local name=$1; shift
    rm -f "$work/fifo" "$work/out.raw"
    mkfifo "$work/fifo"
    python3 "$work/reader.py" "$work/fifo" "$work/out.raw" &
    local reader=$!
    # The FIFO is sized before the player opens it.
    while [ ! -e "$work/out.raw" ]; do sleep 0.1; done
    HOME="$work/home" STEADY_DATA_DIR="$work/data" \
        "$BIN" cue-timing "$ROUTINE" --secs "$SECS" "$@" > "$work/cues-$name.txt"
    kill "$reader"
    wait "$reader" || true
    echo "== $name" >&2
    python3 "$work/analyse.py" "$work/out.raw" "$work/cues-$name.txt" | tee "$work/result-$name.txt" | grep -v RESULT
}

run scheduled
run immediate --immediate
read -r new_max new_sd new_onset < <(grep RESULT "$work/result-scheduled.txt" | cut -d' ' -f2-)
read -r old_max old_sd old_onset < <(grep RESULT "$work/result-immediate.txt" | cut -d' ' -f2-)
python3 - "$new_max" "$new_sd" "$new_onset" "$old_max" "$old_sd" "$old_onset" <<'PY'
import sys
new_max, new_sd, new_onset, old_max, old_sd, old_onset = map(float, sys.argv[1:])
# One sample (0.02 ms) is the resolution: an error below it counts as one sample.
ratio = lambda old, new: f"{old / max(new, 1000 / 48000):.0f}×"
print(f"beat interval error, max: {old_max:.2f} ms before, {new_max:.2f} ms now (before/now {ratio(old_max, new_max)})")
print(f"beat interval error, sd:  {old_sd:.2f} ms before, {new_sd:.2f} ms now (before/now {ratio(old_sd, new_sd)})")
print(f"cue onset error, max:     {old_onset:.2f} ms before, {new_onset:.2f} ms now (before/now {ratio(old_onset, new_onset)})")
PY
