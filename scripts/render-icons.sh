#!/usr/bin/env bash
# Renders Steady's icon master (assets/icons/<app id>.svg) to the PNG sizes a Linux
# desktop wants, into assets/icons/hicolor/<size>x<size>/apps/, and to a Windows .ico
# (16-256 px) in assets/icons/windows/ for cargo-packager. The results are committed;
# run this after changing the SVG. Needs: rsvg-convert (apt: librsvg2-bin) and
# ImageMagick's convert (apt: imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."

id=io.github.steady_app.Steady
svg=assets/icons/$id.svg
for size in 48 64 128 256 512; do
  dir=assets/icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$dir/$id.png"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pngs=()
for size in 16 24 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$tmp/$size.png"
  pngs+=("$tmp/$size.png")
done
mkdir -p assets/icons/windows
/usr/bin/convert "${pngs[@]}" "assets/icons/windows/$id.ico"
echo "render-icons: wrote PNGs of 48, 64, 128, 256 and 512 px and a .ico of 16-256 px"
