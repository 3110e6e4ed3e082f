#!/bin/sh
# The SDK as a consultant uses it: install mkba into a fresh prefix, build
# the template plugin out of the tree with pkg-config alone, and run it.
set -eu
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
PKG_CONFIG_PATH=$(dirname "$(find "$prefix" -name mkba-plugin.pc | head -n 1)")
export PKG_CONFIG_PATH
mkdir "$prefix/mine"
cp "$prefix/share/mkba/template/template.c" "$prefix/mine/my_support.c"
sed -i 's/.name = "template"/.name = "my_support"/' "$prefix/mine/my_support.c"
cc -std=c11 -Wall -Wextra -Werror -shared -fPIC $(pkg-config --cflags mkba-plugin) \
   "$prefix/mine/my_support.c" -o "$prefix/mine/my_support.so"
test "$(nm -D --defined-only "$prefix/mine/my_support.so" | awk '{print $3}')" = mkba_plugin_entry
cat > "$prefix/mine/s.json" <<'JSON'
{"mkba": 1, "title": "out of tree", "start_year": 2025, "horizon_years": 5, "price_year": 2024,
 "interventions": [{"plugin": "my_support", "params": {"clients": 20}}]}
JSON
# The installed mkba finds its installed data and the plugin through MKBA_PLUGIN_PATH.
MKBA_DATA_DIR="$prefix/share/mkba/data" MKBA_PLUGIN_PATH="$prefix/mine" \
  "$prefix/bin/mkba" run "$prefix/mine/s.json" --json > "$prefix/out.json"
grep -q '"plugin": "my_support"' "$prefix/out.json"
MKBA_PLUGIN_PATH="$prefix/mine" MKBA_DATA_DIR="$prefix/share/mkba/data" \
  "$prefix/bin/mkba" list | grep -q '^my_support'
echo "out-of-tree plugin built with pkg-config, loaded and run"
