#!/usr/bin/env bash
# Builds Steady's .deb from the release binary, installs it, runs the installed steady,
# checks the man pages and completions, removes it again, and validates the desktop
# file and the AppStream metainfo. Prints how long each step took. Used by .ci/run,
# after scripts/smoke.sh (which builds the release binary); runs alone too.
#
# Needs root (dpkg -i), and: cargo-deb (installed here with `cargo install cargo-deb
# --locked` if missing), dpkg-dev (dpkg-shlibdeps, for the $auto dependencies),
# desktop-file-utils and appstream (the validators); missing apt packages are
# installed here.
#
# The .deb is left in target/debian/.
set -euo pipefail
cd "$(dirname "$0")/.."

id=io.github.steady_app.Steady
target_dir=${CARGO_TARGET_DIR:-target}
script_start=$(date +%s)
step_start=$script_start
step() { # step NAME: prints the time the previous step took, then starts NAME
  local now
  now=$(date +%s)
  if [ -n "${step_name:-}" ]; then echo "package-deb: $step_name took $((now - step_start)) s"; fi
  step_name=$1
  step_start=$now
  echo "--- package-deb: $1"
}

step "system packages"
need=()
for pkg in dpkg-dev desktop-file-utils appstream; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

step "validate the desktop file and the metainfo"
desktop-file-validate "assets/linux/$id.desktop"
appstreamcli validate --no-net "assets/linux/$id.metainfo.xml"

if ! cargo deb --version >/dev/null 2>&1; then
  step "cargo install cargo-deb --locked"
  cargo install cargo-deb --locked
fi

step "release build (reused when scripts/smoke.sh built it)"
cargo build --release --quiet
bin="$target_dir/release/steady"

step "man pages and completions (steady generate-assets)"
rm -rf target/generated
"$bin" generate-assets target/generated

step "cargo deb --no-build"
deb=$(cargo deb --no-build --quiet)
echo "built $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

step "install (dpkg -i)"
if dpkg -s steady >/dev/null 2>&1; then
  echo "package-deb: steady is already installed; refusing to replace it" >&2
  exit 1
fi
cleanup() { dpkg -r steady >/dev/null 2>&1 || true; }
trap cleanup EXIT
if ! dpkg -i "$deb"; then
  echo "installing missing dependencies"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq --no-install-recommends
fi
dpkg -s steady | grep -E '^(Status|Version|Depends):'

step "run the installed steady"
test "$(command -v steady)" = /usr/bin/steady
/usr/bin/steady --version
/usr/bin/steady --version | grep -q "routine format"
data=$(mktemp -d)
STEADY_DATA_DIR="$data" /usr/bin/steady list
STEADY_DATA_DIR="$data" /usr/bin/steady validate
/usr/bin/steady validate programs/
rm -rf "$data"

step "installed files"
for f in \
  /usr/share/applications/$id.desktop \
  /usr/share/metainfo/$id.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/$id.svg \
  /usr/share/icons/hicolor/48x48/apps/$id.png \
  /usr/share/icons/hicolor/256x256/apps/$id.png \
  /usr/share/icons/hicolor/512x512/apps/$id.png \
  /usr/share/man/man1/steady.1.gz \
  /usr/share/man/man1/steady-validate.1.gz \
  /usr/share/bash-completion/completions/steady \
  /usr/share/zsh/vendor-completions/_steady \
  /usr/share/fish/vendor_completions.d/steady.fish; do
  if [ ! -s "$f" ]; then echo "package-deb: missing or empty: $f" >&2; exit 1; fi
done
zcat /usr/share/man/man1/steady.1.gz | grep -q '^\.TH steady 1'
bash -n /usr/share/bash-completion/completions/steady
desktop-file-validate /usr/share/applications/$id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml
echo "all present"

step "remove (dpkg -r)"
trap - EXIT
dpkg -r steady
if [ -e /usr/bin/steady ]; then echo "package-deb: /usr/bin/steady is still there" >&2; exit 1; fi

now=$(date +%s)
echo "package-deb: $step_name took $((now - step_start)) s"
echo "package-deb: built, installed, ran and removed $deb in $((now - script_start)) s"
