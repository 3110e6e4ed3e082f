#!/bin/sh
# The Debian package: build it with CPack from the build tree, check what it
# holds and its control fields, unpack it into a temporary root and run the
# installed demo scenario from there (the install is relocatable), then
# install and remove it for real with dpkg into a temporary root
# (dpkg --root), which leaves the machine's own dpkg database alone.
# usage: package.sh BUILD_DIR SOURCE_DIR [CPACK]
set -eu
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
cpack=${3:-cpack}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# cpack installs the build tree into its own staging directory under $work
"$cpack" -G DEB -B "$work/pkg" --config "$build/CPackConfig.cmake" > "$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
version=$("$build/mkba" --version | cut -d' ' -f2)
arch=$(dpkg --print-architecture)
deb=$work/pkg/mkba_${version}_$arch.deb
[ -f "$deb" ] || { ls "$work/pkg" >&2; fail "no $deb"; }

# control fields
dpkg-deb -f "$deb" Package Version Maintainer Section Architecture Depends Description > "$work/control"
field() { sed -n "s/^$1: //p" "$work/control"; }
[ "$(field Package)" = mkba ] || fail "Package is not mkba"
[ "$(field Version)" = "$version" ] || fail "Version $(field Version) is not mkba's $version"
[ "$(field Maintainer)" = "mkba developers" ] || fail "Maintainer is \"$(field Maintainer)\""
[ "$(field Section)" = science ] || fail "Section is \"$(field Section)\""
# the libraries mkba links, as dpkg-shlibdeps finds them, and the font
for dep in libc6 libjansson4 libgsl27 libglib2.0-0 libcairo2 libxlsxwriter fonts-dejavu-core; do
  field Depends | grep -q "$dep" || fail "Depends lacks $dep: $(field Depends)"
done
field Description | grep -q "cost-benefit" || fail "no description"

# contents
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$work/files"
need() {
  grep -qx "$1" "$work/files" || fail "the package lacks $1"
}
need /usr/bin/mkba
for p in "$build"/lib/mkba/plugins/*.so; do need "/usr/lib/mkba/plugins/$(basename "$p")"; done
need /usr/share/mkba/data/cpi.json
need /usr/share/mkba/data/unit_costs.json
need /usr/share/mkba/data/regions/utrecht.json
need /usr/share/mkba/template/template.c
need /usr/include/mkba_plugin.h
need /usr/lib/pkgconfig/mkba-plugin.pc
need /usr/share/man/man1/mkba.1.gz
need /usr/share/man/man5/mkba-scenario.5.gz
need /usr/share/bash-completion/completions/mkba
need /usr/share/zsh/vendor-completions/_mkba
need /usr/share/doc/mkba/README.md
need /usr/share/doc/mkba/LICENSE
need /usr/share/doc/mkba/copyright
for f in "$src"/docs/*.md; do need "/usr/share/doc/mkba/$(basename "$f")"; done
for f in "$src"/examples/*.json; do need "/usr/share/doc/mkba/examples/$(basename "$f")"; done
for f in "$src"/docs/schema/*.json; do
  [ -e "$f" ] && need "/usr/share/mkba/schema/$(basename "$f")"
done
if grep -q "^$build\|^$src\|/_CPack_Packages/" "$work/files"; then fail "the package holds a build path"; fi

# unpacked into a temporary root: the demo runs with that root's plugins and data
dpkg-deb -x "$deb" "$work/root"
clean() { env -u MKBA_DATA_DIR -u MKBA_PLUGIN_PATH -u MKBA_REGION_PATH "$@"; }
mkba=$work/root/usr/bin/mkba
clean "$mkba" list --json > "$work/list.json"
grep -q '"name": "housing_first"' "$work/list.json" || fail "the unpacked mkba lists no housing_first"
if grep '"path"' "$work/list.json" | grep -v "\"$work/root/usr/lib/mkba/plugins/"; then
  fail "the unpacked mkba lists a plugin outside the package"
fi
clean "$mkba" run "$work/root/usr/share/doc/mkba/examples/housing_first.json" --json --draws 200 \
  > "$work/demo.json" || fail "the installed demo scenario does not run"
grep -q '"plugin": "markov"' "$work/demo.json" || fail "the demo's results name no markov plugin"
clean "$mkba" regions --json > "$work/regions.json"
grep -q "\"$work/root/usr/share/mkba/data/regions/utrecht.json\"" "$work/regions.json" ||
  fail "the unpacked mkba does not read the package's regions"
if grep '"path"' "$work/regions.json" | grep -v "\"$work/root/usr/share/mkba/"; then
  fail "the unpacked mkba reads a region outside the package"
fi
# the packed man page is the source's, and renders
gzip -dc "$work/root/usr/share/man/man1/mkba.1.gz" | cmp -s - "$src/docs/man/mkba.1" ||
  fail "mkba.1.gz is not docs/man/mkba.1"
# the packed bash completion works
bash -c '. "$1" && complete -p mkba' sh "$work/root/usr/share/bash-completion/completions/mkba" |
  grep -q -- "-F _mkba" || fail "the packed bash completion does not register"

# installed for real by dpkg, into a root of its own
root=$work/dpkg
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/log"
: > "$root/var/lib/dpkg/status"
dpkg --root="$root" --log=/dev/null --force-depends --force-script-chrootless -i "$deb" \
  > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i into $root failed"; }
dpkg --root="$root" -s mkba | grep -q '^Status: install ok installed' ||
  fail "dpkg --root does not show mkba installed"
dpkg --root="$root" -L mkba | grep -qx /usr/bin/mkba || fail "dpkg -L mkba lacks /usr/bin/mkba"
clean "$root/usr/bin/mkba" validate "$root/usr/share/doc/mkba/examples/housing_first.json" ||
  fail "the dpkg-installed mkba does not validate the demo"
dpkg --root="$root" --log=/dev/null --force-script-chrootless -r mkba > "$work/dpkg.log" 2>&1 ||
  { cat "$work/dpkg.log" >&2; fail "dpkg -r mkba failed"; }
[ ! -e "$root/usr/bin/mkba" ] || fail "dpkg -r left /usr/bin/mkba"
left=$(find "$root/usr" -type f 2>/dev/null | head -3)
[ -z "$left" ] || fail "dpkg -r left files: $left"
echo "mkba_${version}_$arch.deb: contents, fields, unpacked demo run, dpkg install and removal"
