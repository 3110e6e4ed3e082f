#!/bin/sh
# An installed mkba finds its plugins and data beside itself: install into a
# prefix, move the prefix, and run it with no MKBA_* variables; it must use
# the moved tree, never the build tree.  A copy of the program elsewhere
# must not use the build tree either.
set -eu
build=$(cd "$1" && pwd)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
cmake --install "$build" --prefix "$root/first" >/dev/null
mv "$root/first" "$root/moved"
mkba=$root/moved/bin/mkba
clean() { env -u MKBA_DATA_DIR -u MKBA_PLUGIN_PATH -u MKBA_REGION_PATH "$@"; }

clean "$mkba" list --json > "$root/list.json"
grep -q '"name": "housing_first"' "$root/list.json"
if grep '"path"' "$root/list.json" | grep -v "\"$root/moved/"; then
  echo "a plugin outside the moved prefix is listed" >&2; exit 1
fi
clean "$mkba" regions --json > "$root/regions.json"
if grep '"path"' "$root/regions.json" | grep -v "\"$root/moved/"; then
  echo "a region outside the moved prefix is read" >&2; exit 1
fi
cat > "$root/s.json" <<'JSON'
{"start_year": 2025, "horizon_years": 3, "region": "utrecht",
 "interventions": [{"plugin": "housing_first"}]}
JSON
clean "$mkba" run "$root/s.json" --json > "$root/out.json"
grep -q '"plugin": "housing_first"' "$root/out.json"

# A copy of the build tree's program, run from elsewhere: not the build tree.
mkdir "$root/copy"
cp "$build/mkba" "$root/copy/mkba"
if clean "$root/copy/mkba" list --json 2>/dev/null | grep '"path"' | grep -q "\"$build/"; then
  echo "a copied program loads plugins from the build tree" >&2; exit 1
fi
echo "the moved install uses its own plugins and data"
