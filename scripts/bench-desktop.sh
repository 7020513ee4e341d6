#!/usr/bin/env bash
# Steady against a bare eframe window (examples/bare_window.rs, same eframe features and
# renderer), both built in release in this run and started alternately under Xvfb.
# Prints medians and the ratio Steady / bare for:
#   - time from process start to the first frame drawn,
#   - resident memory (RSS and PSS) 5 s after start, on Home,
#   - CPU % of one core while idle on Home,
# and, for Steady alone, CPU % during a rest phase, a tempo set, and paced stepping
# (100 steps a minute: the phase band flashes on every beat), and CPU % over the 10 s
# after a change in routines/ (a plain touch of a routine file, measured from 2 s after
# the touch, when its one reload is done).
#
# Usage: scripts/bench-desktop.sh
# Environment: RUNS (default 5), IDLE_SECS (default 30), SESSION_RUNS (default 2),
#              SESSION_SECS (default 30, at most 30), CHANGE_RUNS (default 3).
# Needs: xvfb, x11-utils. Uses only /proc and date.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
IDLE_SECS=${IDLE_SECS:-30}
SESSION_RUNS=${SESSION_RUNS:-2}
SESSION_SECS=${SESSION_SECS:-30}
[ "$SESSION_SECS" -le 30 ] || SESSION_SECS=30
CHANGE_RUNS=${CHANGE_RUNS:-3}

echo "building release binaries…" >&2
cargo build --release --quiet --bin steady --example bare_window
STEADY=target/release/steady
BARE=target/release/examples/bare_window

work=$(mktemp -d)
display=":$(( 150 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; pkill -f "$work" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 50); do xwininfo -display "$display" -root >/dev/null 2>&1 && break; sleep 0.1; done

tck=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# CPU % of one core used by process $1 over $2 seconds.
cpu_pct() {
  local a b
  a=$(cpu_ticks "$1"); sleep "$2"; b=$(cpu_ticks "$1")
  awk -v a="$a" -v b="$b" -v t="$tck" -v s="$2" 'BEGIN { printf "%.2f", (b - a) * 100 / (t * s) }'
}
mem_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/smaps_rollup"; }
# Waits for "first-frame-epoch-ns N" in log $1; prints N.
first_frame_ns() {
  for _ in $(seq 400); do
    if grep -q first-frame-epoch-ns "$1" 2>/dev/null; then
      awk '/first-frame-epoch-ns/ { print $2; exit }' "$1"; return
    fi
    sleep 0.05
  done
  echo "no first frame reported; log:" >&2; cat "$1" >&2; exit 1
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One launch of $1 (bare|steady): appends "ff_ms rss_kb pss_kb idle_cpu" to $work/$1.
launch() {
  local kind=$1 log="$work/$1.log" data="$work/data-$1" t0 pid ns
  rm -rf "$data"; mkdir -p "$data"; : > "$log"
  t0=$(date +%s%N)
  if [ "$kind" = bare ]; then
    DISPLAY="$display" "$BARE" 2>"$log" >/dev/null &
  else
    DISPLAY="$display" STEADY_DATA_DIR="$data" STEADY_REPORT_FIRST_FRAME=1 "$STEADY" 2>"$log" >/dev/null &
  fi
  pid=$!
  ns=$(first_frame_ns "$log")
  local ff_ms=$(( (ns - t0) / 1000000 ))
  local elapsed_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  [ "$elapsed_ms" -lt 5000 ] && sleep "$(awk -v m="$elapsed_ms" 'BEGIN { printf "%.3f", (5000 - m) / 1000 }')"
  local rss pss idle
  rss=$(mem_kb "$pid" Rss); pss=$(mem_kb "$pid" Pss)
  idle=$(cpu_pct "$pid" "$IDLE_SECS")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ff_ms $rss $pss $idle" >> "$work/$kind"
}

# A session: a 36 s tempo set (12 reps of 1-1-1 s), then a 60 s rest.
session() {
  local data="$work/data-session" log="$work/session.log" pid
  rm -rf "$data"; mkdir -p "$data/routines"
  cat > "$data/settings.ron" <<'RON'
(get_ready_secs: 0)
RON
  cat > "$data/routines/bench-session.ron" <<'RON'
Routine(
    format: 1,
    id: "bench-session",
    title: "Benchmark session",
    focus: [Strength],
    position: Seated,
    prescription: Prescription(times_per_week: 1),
    rest_between_exercises_secs: 0,
    exercises: [
        Exercise(
            name: "Tempo set",
            steps: ["Move with the tempo."],
            dose: Reps(sets: 2, reps: 12, tempo: Tempo(up_secs: 1, hold_secs: 1, down_secs: 1)),
            rest_between_sets_secs: 60,
        ),
    ],
)
RON
  DISPLAY="$display" STEADY_DATA_DIR="$data" STEADY_REPORT_FIRST_FRAME=1 "$STEADY" --start bench-session 2>"$log" >/dev/null &
  pid=$!
  first_frame_ns "$log" >/dev/null
  sleep 3
  local tempo rest
  tempo=$(cpu_pct "$pid" "$SESSION_SECS")
  sleep $(( 36 + 2 - 3 - SESSION_SECS ))
  rest=$(cpu_pct "$pid" "$SESSION_SECS")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  # Paced stepping: a beat cue and a flash of the phase band every 0.6 s.
  cat > "$data/routines/bench-stepping.ron" <<'RON'
Routine(
    format: 1,
    id: "bench-stepping",
    title: "Benchmark stepping",
    focus: [Gait],
    position: Standing,
    prescription: Prescription(times_per_week: 1),
    rest_between_exercises_secs: 0,
    exercises: [
        Exercise(
            name: "Stepping",
            steps: ["Step with the beat."],
            dose: Stepping(duration_secs: 120, beats_per_min: 100),
            rest_between_sets_secs: 0,
        ),
    ],
)
RON
  DISPLAY="$display" STEADY_DATA_DIR="$data" STEADY_REPORT_FIRST_FRAME=1 "$STEADY" --start bench-stepping 2>"$log" >/dev/null &
  pid=$!
  first_frame_ns "$log" >/dev/null
  sleep 3
  local stepping
  stepping=$(cpu_pct "$pid" "$SESSION_SECS")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$tempo $rest $stepping" >> "$work/session"
}

# Home, idle; one routine file is touched 5 s after start; CPU over the 10 s from 2 s
# after the touch (the one reload it asks for is done by then).
after_change() {
  local data="$work/data-change" log="$work/change.log" pid
  rm -rf "$data"; mkdir -p "$data/routines"
  cp programs/seated-leg-strength.ron "$data/routines/mine.ron" 2>/dev/null ||
    cp "$(ls programs/*.ron | head -n 1)" "$data/routines/mine.ron"
  sed -i 's/id: "[^"]*"/id: "bench-mine"/' "$data/routines/mine.ron"
  DISPLAY="$display" STEADY_DATA_DIR="$data" STEADY_REPORT_FIRST_FRAME=1 "$STEADY" 2>"$log" >/dev/null &
  pid=$!
  first_frame_ns "$log" >/dev/null
  sleep 5
  touch "$data/routines/mine.ron"
  sleep 2
  cpu_pct "$pid" 10 >> "$work/change"; echo >> "$work/change"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

for i in $(seq "$RUNS"); do
  echo "run $i of $RUNS…" >&2
  if [ $(( i % 2 )) -eq 1 ]; then launch bare; launch steady; else launch steady; launch bare; fi
done
for i in $(seq "$SESSION_RUNS"); do
  echo "session run $i of $SESSION_RUNS…" >&2
  session
done
for i in $(seq "$CHANGE_RUNS"); do
  echo "change run $i of $CHANGE_RUNS…" >&2
  after_change
done

col() { awk -v c="$2" '{ print $c }' "$work/$1" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
b_ff=$(col bare 1); s_ff=$(col steady 1)
b_rss=$(col bare 2); s_rss=$(col steady 2)
b_pss=$(col bare 3); s_pss=$(col steady 3)
b_idle=$(col bare 4); s_idle=$(col steady 4)
tempo=$(col session 1); rest=$(col session 2); stepping=$(col session 3)
changed=$(col change 1)
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

echo
echo "Steady vs a bare eframe window ($(uname -m), $(nproc) cores, Xvfb + Mesa software GL, $(date -u +%Y-%m-%d))"
echo "medians of $RUNS alternating launches; session: $SESSION_RUNS runs of ${SESSION_SECS} s per phase"
printf '%-28s %10s %10s %8s  %s\n' "metric" "bare" "steady" "ratio" "target"
printf '%-28s %10s %10s %8s  %s\n' "first frame (ms)" "$b_ff" "$s_ff" "$(ratio "$s_ff" "$b_ff")" "<= 1.3 x bare"
printf '%-28s %10s %10s %8s  %s\n' "RSS after 5 s (MB)" "$(mb "$b_rss")" "$(mb "$s_rss")" "$(ratio "$s_rss" "$b_rss")" "<= 1.3 x bare"
printf '%-28s %10s %10s %8s  %s\n' "PSS after 5 s (MB)" "$(mb "$b_pss")" "$(mb "$s_pss")" "$(ratio "$s_pss" "$b_pss")" ""
printf '%-28s %10s %10s %8s  %s\n' "CPU idle on Home (%)" "$b_idle" "$s_idle" "" "~0"
printf '%-28s %10s %10s %8s  %s\n' "CPU in a rest phase (%)" "-" "$rest" "" "<= 1"
printf '%-28s %10s %10s %8s  %s\n' "CPU in a tempo set (%)" "-" "$tempo" "" "<= 1.5"
printf '%-28s %10s %10s %8s  %s\n' "CPU in paced stepping (%)" "-" "$stepping" "" "<= 2"
printf '%-28s %10s %10s %8s  %s\n' "CPU 10 s after a change in routines/ (%)" "-" "$changed" "" "~0"
