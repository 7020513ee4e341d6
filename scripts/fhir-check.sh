#!/usr/bin/env bash
# `steady export --fhir` read by an independent FHIR reader: makes an example history
# (`steady sample-history`), a program that started eight weeks ago and six self-test
# results (chair stands with and without armrests, a sit-to-stand, a balance stance,
# a fatigue check, a walk with an aid), exports the FHIR file, and parses it with the
# PyPI package fhir.resources (R4B models) in a venv under the target folder
# (scripts/fhir_check.py). Also: --from/--to narrow the file, and an existing file is
# never written over.
# Usage: scripts/fhir-check.sh [path/to/steady]   (default: builds target/debug/steady)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
bin="${1:-}"
if [ -z "$bin" ]; then
  cargo build --quiet
  bin="$target/debug/steady"
fi

venv="$target/fhir-venv"
if ! "$venv/bin/python" -c "import fhir.resources.R4B.bundle" 2>/dev/null; then
  echo "--- fhir-check: installing fhir.resources into $venv"
  if ! { python3 -m venv "$venv" &&
    "$venv/bin/pip" install --quiet --disable-pip-version-check "fhir.resources>=8,<9"; }; then
    # A developer machine without python3-venv or PyPI skips; CI must check.
    if [ "${CI:-}" = true ]; then
      echo "fhir-check: could not install fhir.resources (python3-venv, PyPI)" >&2
      exit 1
    fi
    echo "fhir-check: skipped: could not install fhir.resources (python3-venv, PyPI)"
    exit 0
  fi
fi

data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$bin" --data-dir "$data" sample-history >/dev/null
# The example self-test results go: the six below are the ones counted.
rm -rf "$data/selftests"

starts="$(date -d "-8 weeks" +%F)"
cat > "$data/program.ron" <<RON
Program(
    format: 1,
    starts: Some("$starts"),
    routines: [
        Prescribed(routine: "seated-leg-strength", when: Days([Mon, Wed, Fri])),
        Prescribed(routine: "standing-balance-with-support", when: TimesAWeek(4)),
        Prescribed(routine: "paced-stepping", when: TimesAWeek(2)),
    ],
)
RON

# One self-test result, $1 days ago at 10:15 local time.
n=0
result() {
  local days="$1" kind="$2" tenths="$3" unit="$4" extra="$5"
  n=$((n + 1))
  local at stamp dir id
  at="$(date -d "-$days days 10:15" +%Y-%m-%dT%H:%M:%S%:z)"
  stamp="$(date -d "-$days days 10:15" +%Y%m%dT%H%M%S)"
  dir="$data/selftests/$(date -d "-$days days" +%Y/%m)"
  id="$(printf 'f0f0f0f0f0f0%04d' "$n")"
  mkdir -p "$dir"
  printf 'TestRecord(\n    format: 1,\n    id: "%s",\n    at: "%s",\n    kind: %s,\n%s    tenths: %s,\n    unit: "%s",\n)\n' \
    "$id" "$at" "$kind" "$extra" "$tenths" "$unit" > "$dir/${stamp}_$id.ron"
}
result 30 ThirtySecondChairStand 110 stands ""
result 23 ThirtySecondChairStand 140 stands "    aids: [Armrests],
"
result 16 FiveTimesSitToStand 143 s ""
result 16 StandingBalance 215 s "    stance: Some(Tandem),
"
result 9 FatigueCheck 70 points ""
result 2 TimedWalk 96 s "    aids: [WalkingAid],
"

out="$data/steady.fhir.json"
"$bin" --data-dir "$data" export --fhir "$out"
"$venv/bin/python" scripts/fhir_check.py "$out" 6

# --from/--to: only the results in those days.
narrow="$data/narrow.fhir.json"
"$bin" --data-dir "$data" export --fhir "$narrow" \
  --from "$(date -d '-24 days' +%F)" --to "$(date -d '-10 days' +%F)" 2>/dev/null
count="$(grep -c '"id": "selftest-' "$narrow" || true)"
[ "$count" = 3 ] || { echo "fhir-check: --from/--to kept $count self-tests, not 3" >&2; exit 1; }

# Never over an existing file: refused, and the file is left as it was.
before="$(sha256sum "$out")"
if "$bin" --data-dir "$data" export --fhir "$out" 2>/dev/null; then
  echo "fhir-check: wrote over an existing file" >&2
  exit 1
fi
[ "$before" = "$(sha256sum "$out")" ] || { echo "fhir-check: the existing file changed" >&2; exit 1; }
echo "fhir-check: ok"
