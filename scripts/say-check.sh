#!/usr/bin/env bash
# Spoken prompts work: `steady say --wav` (the release binary the smoke test built)
# renders a phrase with espeak-ng in English and in German, each a valid, non-empty
# 16-bit mono WAV (RIFF/WAVE header, a data chunk whose length matches the file, at
# least half a second of sound). Needs espeak-ng. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-target/release/steady}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

u32() { od -An -t u4 -j "$2" -N 4 "$1" | tr -d ' '; }
u16() { od -An -t u2 -j "$2" -N 2 "$1" | tr -d ' '; }

for lang in en de; do
  wav="$out/say-$lang.wav"
  if [ "$lang" = de ]; then text="Pause. Danach Wechsel zur linken Seite."; else text="Rest. Then switch to the left side."; fi
  "$bin" --lang "$lang" say --wav "$wav" "$text"
  size=$(stat -c %s "$wav")
  [ "$(head -c 4 "$wav")" = RIFF ] || { echo "say-check: $lang: no RIFF header"; exit 1; }
  [ "$(dd if="$wav" bs=1 skip=8 count=4 2>/dev/null)" = WAVE ] || { echo "say-check: $lang: not WAVE"; exit 1; }
  [ "$(dd if="$wav" bs=1 skip=36 count=4 2>/dev/null)" = data ] || { echo "say-check: $lang: no data chunk"; exit 1; }
  channels=$(u16 "$wav" 22); rate=$(u32 "$wav" 24); bits=$(u16 "$wav" 34); data=$(u32 "$wav" 40)
  [ "$channels" = 1 ] && [ "$bits" = 16 ] || { echo "say-check: $lang: $channels channels, $bits bit"; exit 1; }
  [ "$data" -eq $((size - 44)) ] || { echo "say-check: $lang: data $data of $size bytes"; exit 1; }
  [ "$data" -ge "$rate" ] || { echo "say-check: $lang: only $data bytes of sound"; exit 1; }
  echo "say-check: $lang: $data bytes at $rate Hz"
done
# No voice: a plain message and a non-zero exit.
if PATH=/nonexistent "$bin" --lang en say --wav "$out/none.wav" "hello" 2>"$out/err"; then
  echo "say-check: succeeded without a voice"; exit 1
fi
grep -q "No voice found" "$out/err" || { echo "say-check: no plain message:"; cat "$out/err"; exit 1; }
[ ! -e "$out/none.wav" ] || { echo "say-check: wrote a file without a voice"; exit 1; }
echo "say-check: steady say writes speech, and says so plainly when there is no voice"
