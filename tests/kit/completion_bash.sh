#!/bin/bash
# The bash completion (completion/mkba.bash) offers what mkba accepts:
# every command of `mkba --help`, every option of `mkba help COMMAND`, the
# values of --lang and --format, the plugins of `mkba list` for describe,
# the regions of `mkba regions` for costs --region, and *.json / *.so files.
# It drives the completion function as bash would, through COMP_WORDS and
# COMP_CWORD, without bash-completion installed.
# usage: completion_bash.sh MKBA SOURCE_DIR
set -u
mkba=$1
src=$2
# shellcheck source=/dev/null # completion/mkba.bash, found at run time
source "$src/completion/mkba.bash" || exit 1
if [[ $(complete -p mkba 2>/dev/null) != *"-F _mkba"* ]]; then
  echo "FAIL: sourcing completion/mkba.bash does not register _mkba for mkba" >&2
  exit 1
fi
failed=0

# offered WORD...: complete the command line mkba WORD... (the last word is
# the one under the cursor) and print the candidates, one per line.
offered() {
  COMP_WORDS=("$mkba" "$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _mkba
  printf '%s\n' "${COMPREPLY[@]}"
}

# expect WANT WORD...: the candidates for mkba WORD... include WANT.
expect() {
  local want=$1
  shift
  if ! offered "$@" | grep -qxF -- "$want"; then
    echo "FAIL: mkba $* <TAB> does not offer \"$want\" (offered: $(offered "$@" | tr '\n' ' '))" >&2
    failed=1
  fi
}

# refuse UNWANTED WORD...: the candidates for mkba WORD... leave out UNWANTED.
refuse() {
  local unwanted=$1
  shift
  if offered "$@" | grep -qxF -- "$unwanted"; then
    echo "FAIL: mkba $* <TAB> offers \"$unwanted\"" >&2
    failed=1
  fi
}

commands=$("$mkba" --help | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
[[ $(wc -w <<<"$commands") -ge 10 ]] || {
  echo "FAIL: cannot read the commands of mkba --help" >&2
  exit 1
}
for cmd in $commands; do
  expect "$cmd" ""
  expect "$cmd" help ""
  [[ $cmd == help || $cmd == version ]] && continue
  # every option of the command's usage lines and of its list of options
  # (lines "  -o DIR ..."); options that its prose mentions belong to others
  opts=$("$mkba" help "$cmd" | sed -n '1,/^$/p; /^  --\{0,1\}[a-z]/p' |
    grep -oE '(^|[[:space:][])--?[a-z][a-z0-9-]*' | sed 's/^[[:space:][]*//' | sort -u)
  for opt in $opts; do
    expect "$opt" "$cmd" -
  done
done
expect run r
refuse list r
expect --version -
expect --help run --h

# option values
expect nl run x.json --lang ""
expect en list --lang e
expect en list --lang = e # --lang=e, as bash splits it
expect pdf,svg run x.json --format pdf,s
expect png run x.json --format ""
refuse png batch b.json -o out --format ""
expect xlsx merge a b --format x

# plugin names for describe, region ids for costs --region
plugins=$("$mkba" list --json | sed -n 's/^    "name": "\([a-z0-9_]*\)".*/\1/p')
[[ $(wc -w <<<"$plugins") -ge 10 ]] || {
  echo "FAIL: mkba list --json names fewer than 10 plugins" >&2
  exit 1
}
got=$(offered describe "")
for p in $plugins; do
  grep -qxF "$p" <<<"$got" || {
    echo "FAIL: mkba describe <TAB> does not offer \"$p\"" >&2
    failed=1
  }
done
expect housing_first describe hou
refuse cashflow describe hou
expect utrecht costs --region ""
expect utrecht costs --region ut
expect amsterdam costs --region = am
refuse utrecht costs --region am

# file names: *.json for scenarios, *.so for plugins, directories for both
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/sub"
touch "$dir/a.json" "$dir/b.txt" "$dir/p.so"
cd "$dir" || exit 1
expect a.json run ""
expect sub run ""
expect - run ""
refuse b.txt run ""
refuse p.so run ""
expect a.json validate a
expect a.json batch ""
expect p.so check-plugin ""
refuse a.json check-plugin ""
expect a.json check-plugin p.so --scenario ""
expect sub run a.json -o ""
refuse a.json run a.json -o ""

[[ $failed == 0 ]] && echo "bash completion: commands, options, values, plugins, regions and files offered"
exit "$failed"
