#!/bin/sh
# mkba new-plugin as a plugin author uses it: install mkba into a fresh
# prefix, write a plugin folder with the installed program, build it out of
# the tree with pkg-config alone, run its test, validate and run its
# example; and the refusals: a bad NAME or an existing DIR is exit 2 with a
# message, and nothing is written.
#
#   sh new_plugin.sh BUILD_DIR C_COMPILER PYTHON
set -eu
build=$1
compiler=$2
python=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Only what this test sets: not the caller's data or plugin directories.
unset MKBA_DATA_DIR MKBA_PLUGIN_PATH MKBA_REGION_PATH MKBA_TEST_PLUGIN || true

fail() {
  echo "new_plugin: $*" >&2
  exit 1
}

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
mkba="$tmp/prefix/bin/mkba"
pc=$(find "$tmp/prefix" -name mkba-plugin.pc | head -n 1)
test -n "$pc" || fail "no mkba-plugin.pc installed"
PKG_CONFIG_PATH=$(dirname "$pc")
export PKG_CONFIG_PATH
# The scaffold is also installed beside the template, for reading.
for f in template.c test_template.c README.md.in example.json.in CMakeLists.txt.in; do
  test -f "$tmp/prefix/share/mkba/template/$f" || fail "share/mkba/template/$f not installed"
done

# expect_refused WHAT MESSAGE ARGS...: `mkba new-plugin ARGS` is exit 2, says
# MESSAGE on standard error, prints nothing and leaves $tmp/work as it was.
expect_refused() {
  what=$1
  message=$2
  shift 2
  before=$(cd "$tmp/work" && find . | sort)
  set +e
  (cd "$tmp/work" && "$mkba" new-plugin "$@") >"$tmp/out" 2>"$tmp/err"
  rc=$?
  set -e
  test "$rc" = 2 || fail "$what: exit $rc, not 2"
  grep -q "$message" "$tmp/err" || fail "$what: no \"$message\" in: $(cat "$tmp/err")"
  test ! -s "$tmp/out" || fail "$what: printed $(cat "$tmp/out")"
  after=$(cd "$tmp/work" && find . | sort)
  test "$before" = "$after" || fail "$what: wrote $after"
}

mkdir "$tmp/work" "$tmp/work/exists" "$tmp/work/empty"
echo mine > "$tmp/work/exists/keep.txt"
long=$(printf '%064d' 0 | tr 0 a)
expect_refused "capital letter" "is not a plugin name" Buurt
expect_refused "leading digit" "is not a plugin name" 1buurt new
expect_refused "hyphen" "is not a plugin name" buurt-bemiddeling new
expect_refused "path as name" "is not a plugin name" ../buurt
expect_refused "empty name" "is not a plugin name" ""
expect_refused "64 characters" "at most 63" "$long" new
expect_refused "existing folder" "already exists" buurt exists
expect_refused "existing empty folder" "already exists" buurt empty
expect_refused "existing default folder" "already exists" exists
expect_refused "missing parent" "does not exist" buurt no/such/dir
test "$(cat "$tmp/work/exists/keep.txt")" = mine || fail "the existing folder was changed"
# A write that fails half-way (a file size limit, as a full disk would) is
# exit 1 and leaves nothing: no DIR, no staging folder.
set +e
(cd "$tmp/work" && trap '' XFSZ && ulimit -f 4 && "$mkba" new-plugin buurt full) 2>"$tmp/err"
rc=$?
set -e
test "$rc" = 1 || fail "a failed write: exit $rc, not 1"
grep -q "cannot write" "$tmp/err" || fail "a failed write: no message in: $(cat "$tmp/err")"
test "$(ls -A "$tmp/work" | sort | tr '\n' ' ')" = "empty exists " ||
  fail "a failed write left $(ls -A "$tmp/work")"

# 63 characters is a name; DIR defaults to ./NAME; modes are 0755 and 0644
# whatever the umask.
short=$(printf '%063d' 0 | tr 0 a)
(cd "$tmp/work" && umask 077 && "$mkba" new-plugin "$short" >/dev/null)
test -f "$tmp/work/$short/$short.c" || fail "no $short/$short.c"
(umask 077 && "$mkba" new-plugin buurtbemiddeling "$tmp/x" >"$tmp/out")
grep -q "ctest --test-dir $tmp/x/build" "$tmp/out" || fail "no next steps printed"
test "$(stat -c %a "$tmp/x")" = 755 || fail "DIR has mode $(stat -c %a "$tmp/x")"
for f in buurtbemiddeling.c test_buurtbemiddeling.c README.md example.json CMakeLists.txt; do
  test -f "$tmp/x/$f" || fail "no $f"
  test "$(stat -c %a "$tmp/x/$f")" = 644 || fail "$f has mode $(stat -c %a "$tmp/x/$f")"
done
test "$(ls -A "$tmp/x" | wc -l)" = 5 || fail "more than the five files: $(ls -A "$tmp/x")"
ls -A "$tmp" "$tmp/work" | grep -q mkba-new && fail "a staging folder was left behind"
# The plugin and file names are NAME's, the titles derived from it; nothing
# of the template's name is left where it names the plugin or a file.
grep -q '\.name = "buurtbemiddeling"' "$tmp/x/buurtbemiddeling.c" || fail "NAME.c has another name"
grep -q '\.title_nl = "Buurtbemiddeling"' "$tmp/x/buurtbemiddeling.c" || fail "NAME.c: no title"
if grep -n '"template"\|template\.c\|template\.so\|test_template\|@NAME@\|@TITLE@' "$tmp/x"/*; then
  fail "the template's name is left in the files above"
fi
for section in "## The model" "## Who pays, who gains" "## Parameters" "## PM items" \
               "## Compared with published results" "## Limitations"; do
  grep -q "^$section" "$tmp/x/README.md" || fail "README.md has no \"$section\""
done
grep -q '^# buurtbemiddeling: Buurtbemiddeling' "$tmp/x/README.md" || fail "README.md: no title"

# Built out of the tree with pkg-config alone, and its own test passes.
CC=$compiler cmake -S "$tmp/x" -B "$tmp/x/build" >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "cmake"; }
cmake --build "$tmp/x/build" >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "build"; }
test -f "$tmp/x/build/buurtbemiddeling.so" || fail "no buurtbemiddeling.so"
test "$(nm -D --defined-only "$tmp/x/build/buurtbemiddeling.so" | awk '{print $3}')" = mkba_plugin_entry ||
  fail "buurtbemiddeling.so exports more than mkba_plugin_entry"
ctest --test-dir "$tmp/x/build" --output-on-failure >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "ctest"; }
grep -q "100% tests passed, 0 tests failed out of 1" "$tmp/log" || { cat "$tmp/log"; fail "no test ran"; }

# The installed mkba finds it, validates and runs its example (its own data,
# found beside the program), with a finite NPV.
export MKBA_PLUGIN_PATH="$tmp/x/build"
"$mkba" list | grep -q '^buurtbemiddeling' || fail "mkba list does not show buurtbemiddeling"
"$mkba" describe buurtbemiddeling --lang en | grep -q Buurtbemiddeling || fail "describe: no title"
"$mkba" validate "$tmp/x/example.json" || fail "validate example.json"
"$mkba" run "$tmp/x/example.json" --json --draws 50 >"$tmp/results.json" || fail "run example.json"
"$python" - "$tmp/results.json" <<'PY' || fail "results of example.json"
import json, math, sys
d = json.load(open(sys.argv[1]))
(iv,) = d["interventions"]
assert iv["plugin"] == "buurtbemiddeling", iv["plugin"]
npv = d["summary"]["npv"]
assert isinstance(npv, float) and math.isfinite(npv) and npv != 0, npv
assert d["summary"]["pv_costs"] > 0, d["summary"]
PY
# What a consultant runs before sending it: every property holds as generated.
"$mkba" check-plugin "$tmp/x/build/buurtbemiddeling.so" --json >"$tmp/check.json" ||
  { cat "$tmp/check.json"; fail "check-plugin finds a failing property in the generated plugin"; }
"$python" - "$tmp/check.json" <<'PY' || fail "check-plugin's verdicts"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["ok"] is True and d["plugin"] == "buurtbemiddeling", d
ids = [p["id"] for p in d["properties"]]
assert len(ids) == 11 and not [p for p in d["properties"] if p["status"] == "fail"], d
PY
echo "new-plugin: refused bad names and existing folders; wrote, built, tested, ran and checked buurtbemiddeling"
