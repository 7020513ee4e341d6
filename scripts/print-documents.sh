#!/usr/bin/env bash
# Renders the clinician's report (a year of example history) and a routine handout,
# prints both to PDF with headless Chromium, and makes a PNG of each first page for
# the README (docs/report-page1.png, docs/handout-page1.png). Not run by CI (time).
# Needs: chromium and pdftoppm (apt: chromium poppler-utils).
#
#   scripts/print-documents.sh [OUT_DIR] [ROUTINE_ID] [LANG]
#
# The documents set no paper size (`@page` has margins only), so the PDF comes out
# on the browser's paper: A4 or Letter by locale. PAPER=a4 or PAPER=letter forces
# one by adding a `@page { size: … }` rule to a copy before printing.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-target/documents}
routine=${2:-seated-leg-strength}
lang=${3:-en}
mkdir -p "$out"
nice -n 10 cargo build --quiet --bin steady
steady=target/debug/steady

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$steady" --data-dir "$data" --lang "$lang" sample-history --weeks 52
rm -f "$out/report.html" "$out/handout.html"
"$steady" --data-dir "$data" --lang "$lang" report \
  --from "$(date -d '52 weeks ago' +%F)" --out "$out/report.html"
"$steady" --data-dir "$data" --lang "$lang" handout "$routine" --out "$out/handout.html"

for doc in report handout; do
  html=$out/$doc.html
  if [ -n "${PAPER:-}" ]; then
    sed "s|<style>|<style>@page { size: ${PAPER}; }|" "$out/$doc.html" > "$out/$doc-$PAPER.html"
    html=$out/$doc-$PAPER.html
  fi
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/$doc.pdf" "file://$(realpath "$html")" 2>/dev/null
  pages=$(pdfinfo "$out/$doc.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  echo "$doc: $(stat -c %s "$out/$doc.html") bytes of HTML, ${pages:-?} pages: $out/$doc.pdf"
  pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$out/$doc.pdf" "docs/$doc-page1"
done
echo "first pages: docs/report-page1.png docs/handout-page1.png"
