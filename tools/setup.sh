#!/usr/bin/env bash
# Installs what the build and tests need, once; fast when everything is already there.
# Usage: tools/setup.sh build    (Rust target, wasm-bindgen-cli, npm packages)
#        tools/setup.sh browser  (also Debian chromium + chromium-driver)
#        tools/setup.sh engines  (also Firefox ESR + geckodriver, WebKitGTK, WPE WebKit, Xvfb)
#        tools/setup.sh screen-reader  (also AT-SPI with pyatspi, and Orca)
# Everything comes from the package registries (crates.io, npm, Debian); nothing else is fetched.
set -euo pipefail

WASM_BINDGEN_VERSION=0.2.130
TOOLS_DIR=${MRCC_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/mrcc-explorer/wasm-bindgen-$WASM_BINDGEN_VERSION}
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
fail() { printf 'setup: FAILED: %s\n' "$*" >&2; exit 1; }

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown && return
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown ||
    fail "could not add the target; run by hand: rustup target add wasm32-unknown-unknown"
}

# wasm-bindgen must match the crate's version byte for byte. One already on PATH is used when it
# matches; otherwise it is built once into a per-user cache that every clone reuses (the Makefile
# puts that folder first on PATH). The user's own tools are never replaced. Built --locked: the
# crate's own lockfile, not the newest semver-compatible crates of the day.
WEBPKI_ROOTS_FALLBACK=1.0.10
ensure_wasm_bindgen() {
  local want="wasm-bindgen $WASM_BINDGEN_VERSION"
  [ "$("$TOOLS_DIR/bin/wasm-bindgen" --version 2>/dev/null)" = "$want" ] && return
  [ "$(wasm-bindgen --version 2>/dev/null)" = "$want" ] &&
    command -v wasm-bindgen-test-runner >/dev/null && return
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION into $TOOLS_DIR (about 4 minutes, once per machine)"
  cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$TOOLS_DIR" && return
  # The registry mirror of these machines lacks webpki-roots 1.0.11, which that lockfile pins
  # (through ureq, which downloads browser drivers for wasm-bindgen-test-runner), so the locked
  # install above fails at once. Then: the same source, as cargo just downloaded and checked it,
  # with that one crate at 1.0.10 and every other version as locked.
  local crate copy
  crate=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"wasm-bindgen-cli-$WASM_BINDGEN_VERSION" 2>/dev/null | head -n 1 || true)
  [ -n "$crate" ] || fail "could not build wasm-bindgen-cli; run by hand: cargo install --locked wasm-bindgen-cli --version $WASM_BINDGEN_VERSION --root $TOOLS_DIR"
  say "the locked build failed; again with webpki-roots $WEBPKI_ROOTS_FALLBACK, all else as locked"
  copy=$(mktemp -d)
  cp -R "$crate/." "$copy"
  { (cd "$copy" && cargo update --precise "$WEBPKI_ROOTS_FALLBACK" webpki-roots) &&
    cargo install --locked --path "$copy" --root "$TOOLS_DIR"; } ||
    fail "could not build wasm-bindgen-cli; run by hand: cargo install --locked wasm-bindgen-cli --version $WASM_BINDGEN_VERSION --root $TOOLS_DIR"
  rm -rf "$copy"
}

# binaryen (wasm-opt; Debian's is too old for this wasm-bindgen), esbuild (minifies the
# package's JS), playwright-core, axe-core. No install scripts run: esbuild's (the only one)
# is not needed, as its binary comes in the @esbuild/linux-x64 package.
ensure_npm_packages() {
  [ node_modules/.setup-stamp -nt package-lock.json ] && return
  say "installing npm packages from package-lock.json"
  npm ci --ignore-scripts --no-audit --no-fund ||
    fail "could not install them; run by hand: npm ci --ignore-scripts --no-audit --no-fund"
  touch node_modules/.setup-stamp
}

# Chromium and its driver for the browser tests; poppler-utils (pdftotext) to read the
# printed summary's PDF.
ensure_chromium() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v pdftotext >/dev/null && return
  say "installing Debian chromium, chromium-driver and poppler-utils (for browser tests)"
  apt_install chromium chromium-driver poppler-utils
}

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  { $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$@"; } ||
    fail "could not install them; run by hand: sudo apt-get install $*"
}

# The other engines of the cross-engine checks (tests/engines): Firefox ESR; WebKitGTK (the
# Safari engine; MiniBrowser comes with libwebkit2gtk) with Xvfb, as it has no headless mode;
# WPE WebKit 2.38 (cog), the Safari 16.0 generation. Debian has no geckodriver: it is built
# once from crates.io into the per-user cache (a debug build: about 1 minute instead of 10).
GECKODRIVER_VERSION=0.37.1
GECKODRIVER_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/mrcc-explorer/geckodriver-$GECKODRIVER_VERSION
ensure_engines() {
  if ! { command -v firefox-esr && command -v WebKitWebDriver && command -v xvfb-run && command -v cog && command -v WPEWebDriver; } >/dev/null; then
    say "installing Debian firefox-esr, webkit2gtk-driver, xvfb, cog and wpewebkit-driver (cross-engine checks)"
    apt_install firefox-esr webkit2gtk-driver xvfb cog wpewebkit-driver
  fi
  [ -x "$GECKODRIVER_DIR/bin/geckodriver" ] && return
  say "building geckodriver $GECKODRIVER_VERSION into $GECKODRIVER_DIR (about 1 minute, once per machine)"
  cargo install --locked --debug geckodriver --version "$GECKODRIVER_VERSION" --root "$GECKODRIVER_DIR" ||
    fail "could not build geckodriver; run by hand: cargo install --locked --debug geckodriver --version $GECKODRIVER_VERSION --root $GECKODRIVER_DIR"
}

# What a screen reader hears (tests/screen-reader): Debian's AT-SPI (at-spi2-core: the
# accessibility bus; python3-pyatspi: its binding for Debian's own Python, /usr/bin/python3, as
# the PATH's python3 may be another without it), dbus-run-session for a session bus of the
# suite's own, and Orca, the screen reader itself, whose speech the suite reads from a file
# (no synthesizer needed). With the engines' Xvfb.
ensure_screen_reader() {
  [ -x /usr/libexec/at-spi-bus-launcher ] && [ -x /usr/bin/orca ] && command -v dbus-run-session >/dev/null &&
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null && return
  say "installing Debian at-spi2-core, python3-pyatspi, dbus and orca (screen reader checks)"
  apt_install at-spi2-core python3-pyatspi dbus orca
}

case "${1:-build}" in
  build) ensure_wasm_target; ensure_wasm_bindgen; ensure_npm_packages ;;
  browser) ensure_wasm_target; ensure_wasm_bindgen; ensure_npm_packages; ensure_chromium ;;
  engines) ensure_wasm_target; ensure_wasm_bindgen; ensure_npm_packages; ensure_chromium; ensure_engines ;;
  screen-reader) ensure_wasm_target; ensure_wasm_bindgen; ensure_npm_packages; ensure_chromium; ensure_engines; ensure_screen_reader ;;
  *) fail "unknown step '$1' (use build, browser, engines or screen-reader)" ;;
esac
