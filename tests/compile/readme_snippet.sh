#!/bin/sh
# readme_snippet.sh CC PLUGIN_INCLUDE_DIR README: the first C block under
# "## Writing a plugin" in the README compiles as written, warnings as
# errors, into a plugin exporting only mkba_plugin_entry.
set -eu
cc=$1 inc=$2 readme=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
awk '/^## Writing a plugin/ {w = 1} w && /^```c$/ {c = 1; next} c && /^```$/ {exit} c {print}' \
  "$readme" > "$dir/my_support.c"
[ -s "$dir/my_support.c" ] || { echo "no C block under '## Writing a plugin'"; exit 1; }
"$cc" -std=c11 -Wall -Wextra -Werror -shared -fPIC -fvisibility=hidden -I"$inc" \
  "$dir/my_support.c" -o "$dir/my_support.so"
nm -D --defined-only "$dir/my_support.so" | grep -q ' mkba_plugin_entry$'
echo "the README's plugin compiles"
