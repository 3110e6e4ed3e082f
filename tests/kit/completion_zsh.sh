#!/bin/sh
# The zsh completion (completion/_mkba) parses (zsh -n), and offers what
# mkba accepts: it is run in zsh with the completion system's functions
# (_arguments, _describe, _values, _files, _directories) replaced by ones
# that print what they were given, so the test sees every command of
# `mkba --help`, every option of `mkba help COMMAND`, the plugins of
# `mkba list` for describe and the regions of `mkba regions` for
# costs --region.
# usage: completion_zsh.sh MKBA SOURCE_DIR
set -u
mkba=$1
src=$2
comp=$src/completion/_mkba
zsh -n "$comp" || { echo "FAIL: zsh -n $comp" >&2; exit 1; }
head -1 "$comp" | grep -qx '#compdef mkba' || { echo "FAIL: $comp does not start with #compdef mkba" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# zsh_offers WORD...: what _mkba hands the completion system for the command
# line `mkba WORD...` (the last word is under the cursor), one item a line.
zsh_offers() {
  zsh -f -c '
    comp=$1 mkba=$2; shift 2
    _describe() { local a; for a in ${(P)${@[-1]}}; do print -r -- "${a%%:*}"; done }
    _arguments() { local a; for a in "$@"; do print -r -- "$a"; done }
    _values() { local a; for a in "$@"; do print -r -- "$a"; done }
    _files() { print -r -- "_files $*" }
    _directories() { print -r -- "_directories" }
    words=("$mkba" "$@")
    CURRENT=${#words}
    PREFIX=${words[-1]}
    # the file defines _mkba and its helpers, then calls _mkba, as the
    # completion system does when it autoloads it
    source "$comp"
  ' zsh "$comp" "$mkba" "$@"
}
failed=0

commands=$("$mkba" --help | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
[ "$(echo "$commands" | wc -w)" -ge 10 ] || { echo "FAIL: cannot read mkba --help" >&2; exit 1; }
zsh_offers "" > "$out/top" 2>&1
for cmd in $commands; do
  grep -qx "$cmd" "$out/top" || { echo "FAIL: zsh: mkba <TAB> does not offer $cmd" >&2; failed=1; }
  case $cmd in help | version) continue ;; esac
  zsh_offers "$cmd" "-" > "$out/$cmd" 2>&1
  opts=$("$mkba" help "$cmd" | sed -n '1,/^$/p; /^  --\{0,1\}[a-z]/p' |
    grep -oE '(^|[[:space:][])--?[a-z][a-z0-9-]*' | sed 's/^[[:space:][]*//' | sort -u)
  for opt in $opts; do
    # a spec such as '--lang=[...]:...', '-o[...]:...' or '(- *)--help[...]'
    grep -qE "^(\([^)]*\))?$opt(=|\[)" "$out/$cmd" ||
      { echo "FAIL: zsh: mkba $cmd - <TAB> has no spec for $opt" >&2; failed=1; }
  done
done

# describe NAME: the plugins; costs --region: the regions. _arguments calls
# the value completer of the spec, as it would at that word.
values() {
  zsh -f -c '
    comp=$1 mkba=$2; shift 2
    _describe() { local a; for a in ${(P)${@[-1]}}; do print -r -- "${a%%:*}"; done }
    _arguments() { local a; for a in "$@"; do [[ $a == *:_mkba_(plugins|regions) ]] && ${a##*:}; done }
    words=("$mkba" "$@"); CURRENT=${#words}
    source "$comp"
  ' zsh "$comp" "$mkba" "$@"
}
values describe "" > "$out/plugins" 2>&1
values costs --region "" > "$out/regions" 2>&1
grep -qx housing_first "$out/plugins" || { echo "FAIL: zsh: _mkba_plugins does not offer housing_first" >&2; failed=1; }
grep -qx utrecht "$out/regions" || { echo "FAIL: zsh: _mkba_regions does not offer utrecht" >&2; failed=1; }
n=$("$mkba" list --json | grep -c '^    "name": ')
m=$(grep -c '^[a-z]' "$out/plugins")
[ "$n" = "$m" ] || { echo "FAIL: zsh: _mkba_plugins offers $m plugins, mkba list has $n" >&2; failed=1; }
# the scenario argument completes *.json files, check-plugin *.so files
grep -q '_files -g "\*.json' "$out/run" || { echo "FAIL: zsh: run does not complete *.json files" >&2; failed=1; }
grep -q '_files -g "\*.so' "$out/check-plugin" || { echo "FAIL: zsh: check-plugin does not complete *.so files" >&2; failed=1; }
grep -q '_mkba_plugins' "$out/describe" || { echo "FAIL: zsh: describe does not complete plugin names" >&2; failed=1; }
grep -q ':_mkba_regions' "$out/costs" || { echo "FAIL: zsh: costs --region does not complete region ids" >&2; failed=1; }
grep -q '(nl en)' "$out/run" || { echo "FAIL: zsh: --lang does not offer nl and en" >&2; failed=1; }

[ "$failed" = 0 ] && echo "zsh completion: parses; commands, options, plugins and regions offered"
exit "$failed"
