# bash completion for mkba, the social cost-benefit analysis tool.
# Installed as share/bash-completion/completions/mkba; bash-completion loads
# it on demand. Without bash-completion: `source mkba.bash`.
#
# Commands and options follow `mkba help COMMAND` (tests/kit/completion.sh
# fails when one is missing here). Plugin names come from `mkba list`,
# region ids from `mkba regions`, both asked of the mkba being completed.

# _mkba_ask ARGS...: run the mkba on the command line being completed (or
# the one on the PATH) with ARGS, its errors discarded; it prints the
# plain listing whose first column is a plugin name or region id.
_mkba_ask() {
  local prog=${COMP_WORDS[0]:-mkba}
  # a leading ~ is not expanded in COMP_WORDS
  # shellcheck disable=SC2088 # the literal ~/ is what is matched
  [[ $prog == "~/"* ]] && prog=$HOME/${prog#"~/"}
  command -v -- "$prog" >/dev/null 2>&1 || prog=mkba
  "$prog" "$@" 2>/dev/null
}

# _mkba_options CMD: print the options command CMD accepts, one line.
_mkba_options() {
  case $1 in
  run)
    echo "-o --format --json --lang --draws --seed --threads --no-sensitivity --replace" \
      "--timeout --max-memory --help"
    ;;
  validate) echo "--timeout --max-memory --help" ;;
  batch)
    echo "-o --threads --shard --keep-going --lang --draws --seed --replace --timeout" \
      "--max-memory --format --help"
    ;;
  merge) echo "-o --replace --format --help" ;;
  list | regions) echo "--json --lang --help" ;;
  describe) echo "--json --lang --timeout --max-memory --help" ;;
  costs) echo "--json --lang --region --help" ;;
  new-plugin) echo "--help" ;;
  check-plugin) echo "--scenario --json --timeout --max-memory --help" ;;
  esac
}

# _mkba_files GLOB: offer directories and the files that match GLOB
# (e.g. "*.json"), as compgen -f does but filtered, names with spaces kept.
_mkba_files() {
  local glob=$1 cur=$2 f
  local IFS=$'\n'
  for f in $(compgen -d -- "$cur"); do
    COMPREPLY+=("$f")
  done
  for f in $(compgen -f -- "$cur"); do
    # shellcheck disable=SC2053 # the pattern is meant to match
    [[ -f $f && $f == $glob ]] && COMPREPLY+=("$f")
  done
  # readline then adds the / after a directory and no space
  compopt -o filenames 2>/dev/null
}

# _mkba: the completion function; COMP_WORDS/COMP_CWORD say where the
# cursor is, COMPREPLY receives the candidates.
_mkba() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=""
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  # --lang=en: bash splits at = (COMP_WORDBREAKS) into --lang, =, en
  if [[ $cur == = ]]; then
    cur=""
  elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi
  local commands="run validate batch merge list describe regions costs new-plugin check-plugin help version"
  COMPREPLY=()

  if ((COMP_CWORD == 1)); then
    if [[ $cur == -* ]]; then
      mapfile -t COMPREPLY < <(compgen -W "--help --version -h" -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
    fi
    return 0
  fi

  local cmd=${COMP_WORDS[1]}
  # an option's value
  case $prev in
  --lang)
    mapfile -t COMPREPLY < <(compgen -W "nl en" -- "$cur")
    return 0
    ;;
  --format)
    local kinds="pdf xlsx csv json"
    [[ $cmd == run ]] && kinds="pdf png svg xlsx csv json"
    # a comma-separated list: complete the word after the last comma
    local done="" last=$cur
    if [[ $cur == *,* ]]; then
      done=${cur%,*},
      last=${cur##*,}
    fi
    mapfile -t COMPREPLY < <(compgen -P "$done" -W "$kinds" -- "$last")
    compopt -o nospace 2>/dev/null
    return 0
    ;;
  --region)
    mapfile -t COMPREPLY < <(compgen -W "$(_mkba_ask regions | awk '/^[a-z][a-z0-9_]* / {print $1}')" -- "$cur")
    return 0
    ;;
  --scenario)
    _mkba_files "*.json" "$cur"
    return 0
    ;;
  -o)
    [[ $cmd == run || $cmd == batch || $cmd == merge ]] || return 0
    local IFS=$'\n'
    mapfile -t COMPREPLY < <(compgen -d -- "$cur")
    compopt -o filenames 2>/dev/null
    return 0
    ;;
  --draws | --seed | --threads | --timeout | --max-memory | --shard)
    return 0 # a number: nothing to offer
    ;;
  esac

  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_mkba_options "$cmd")" -- "$cur")
    return 0
  fi

  # the positional argument
  case $cmd in
  run | validate)
    _mkba_files "*.json" "$cur"
    [[ -z $cur || $cur == - ]] && COMPREPLY+=("-")
    ;;
  batch) _mkba_files "*.json" "$cur" ;;
  new-plugin)
    ((COMP_CWORD == 2)) && return 0 # NAME: a new name, nothing to offer
    local IFS=$'\n'
    mapfile -t COMPREPLY < <(compgen -d -- "$cur")
    compopt -o filenames 2>/dev/null
    ;;
  merge)
    local IFS=$'\n'
    mapfile -t COMPREPLY < <(compgen -d -- "$cur")
    compopt -o filenames 2>/dev/null
    ;;
  check-plugin) _mkba_files "*.so" "$cur" ;;
  describe)
    mapfile -t COMPREPLY < <(compgen -W "$(_mkba_ask list | awk '/^[a-z][a-z0-9_]*  +[0-9?]/ {print $1}')" -- "$cur")
    ;;
  help)
    ((COMP_CWORD == 2)) && mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
    ;;
  esac
  return 0
}

complete -F _mkba mkba
