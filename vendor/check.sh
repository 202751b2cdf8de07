#!/usr/bin/env bash
# make check-vendor: the vendored Yew is the published yew 0.23.0 with vendor/patches/yew-0.23.0/
# applied in order, and nothing else.
#
# 1. cargo fetches yew =0.23.0 from crates.io through a throwaway project (target/check-vendor/
#    fetch, its own workspace, so the [patch.crates-io] does not apply). Cargo checks the
#    .crate's SHA-256 against the registry index; this script checks it again against the
#    throwaway lockfile, then unpacks that .crate (not a registry/src copy anyone could edit).
# 2. The files the vendoring leaves out are removed (NOT_VENDORED: Yew's own tests and build
#    files, and what `cargo package` adds), the patches are applied with `patch -p1 -F0` (no
#    fuzz: a patch that does not apply exactly fails), and the result must equal
#    vendor/yew-0.23.0 byte for byte, except PATCH.md, the one file the vendoring adds.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
vendored=$root/vendor/yew-0.23.0
patches=$root/vendor/patches/yew-0.23.0
work=$root/target/check-vendor
cargo_home=${CARGO_HOME:-$HOME/.cargo}

# Not vendored: Yew's tests and its cargo-make file (their [[test]] entries go in patch 05), and
# what cargo's packaging adds to every published crate (.cargo_vcs_info.json, the Cargo.lock it
# was packaged with, the author's unnormalised manifest as Cargo.toml.orig).
NOT_VENDORED=(tests Makefile.toml .cargo_vcs_info.json Cargo.lock Cargo.toml.orig)
# Added by the vendoring: what was changed and why.
ADDED=PATCH.md

mkdir -p "$work/fetch/src"
touch "$work/fetch/src/lib.rs"
cat > "$work/fetch/Cargo.toml" <<'EOF'
[package]
name = "fetch-yew"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
yew = "=0.23.0"

# Its own workspace: not a member of mrcc-explorer's, whose [patch.crates-io] would apply.
[workspace]
EOF
# The workspace's lockfile: yew's dependencies at the versions already downloaded.
[ -f "$work/fetch/Cargo.lock" ] || cp "$root/Cargo.lock" "$work/fetch/Cargo.lock"
cargo fetch --quiet --manifest-path "$work/fetch/Cargo.toml"

checksum=$(awk '/^name = "yew"$/ { yew = 1; next } yew && /^version = / { yew = ($3 == "\"0.23.0\"") }
	yew && /^checksum = / { gsub(/"/, "", $3); print $3; exit } /^$/ { yew = 0 }' "$work/fetch/Cargo.lock")
[ -n "$checksum" ] || { echo "check-vendor: no checksum for yew 0.23.0 in $work/fetch/Cargo.lock"; exit 1; }
crate=
for candidate in "$cargo_home"/registry/cache/*/yew-0.23.0.crate; do
	if [ -f "$candidate" ] && [ "$(sha256sum < "$candidate" | cut -d' ' -f1)" = "$checksum" ]; then
		crate=$candidate
		break
	fi
done
[ -n "$crate" ] || { echo "check-vendor: no yew-0.23.0.crate with SHA-256 $checksum under $cargo_home/registry/cache"; exit 1; }

rm -rf "$work/yew-0.23.0"
tar -xzf "$crate" -C "$work"
for path in "${NOT_VENDORED[@]}"; do
	[ -e "$work/yew-0.23.0/$path" ] || { echo "check-vendor: the published crate has no $path any more: update NOT_VENDORED"; exit 1; }
	rm -rf "${work:?}/yew-0.23.0/$path"
done
for patch in "$patches"/*.patch; do
	patch -d "$work/yew-0.23.0" -p1 -F0 --quiet --no-backup-if-mismatch < "$patch" ||
		{ echo "check-vendor: $(basename "$patch") does not apply to the published yew 0.23.0"; exit 1; }
done

differences=$(cd "$work" && diff -r yew-0.23.0 "$vendored" | grep -vxF "Only in $vendored: $ADDED" || true)
if [ -n "$differences" ]; then
	echo "check-vendor: vendor/yew-0.23.0 is not the published yew 0.23.0 with vendor/patches/yew-0.23.0/*.patch:"
	(cd "$work" && diff -ru yew-0.23.0 "$vendored" -x "$ADDED") | head -60
	echo "(make each change a patch in vendor/patches/yew-0.23.0/ and describe it in PATCH.md)"
	exit 1
fi
echo "check-vendor: vendor/yew-0.23.0 = yew 0.23.0 from crates.io (sha256 ${checksum:0:12}…) + $(ls "$patches"/*.patch | wc -l) patches"
