#!/usr/bin/env bash
# Renders Steady's icon master (assets/icons/<app id>.svg) to the PNG sizes a desktop
# wants, into assets/icons/hicolor/<size>x<size>/apps/. The PNGs are committed; run this
# after changing the SVG. Needs: rsvg-convert (apt: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."

id=io.github.steady_app.Steady
for size in 48 64 128 256 512; do
  dir=assets/icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" "assets/icons/$id.svg" --output "$dir/$id.png"
done
echo "render-icons: wrote 48, 64, 128, 256 and 512 px PNGs"
