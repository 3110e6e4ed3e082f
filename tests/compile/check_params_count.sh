#!/bin/sh
# check_params_count.sh CC PLUGIN_INCLUDE_DIR FILE: FILE compiles as it is,
# and with -DMISSING_ONE (a parameter table one entry short of its enum) the
# compiler refuses it with MKBA_PARAMS_N's message.
set -u
cc=$1 inc=$2 f=$3
"$cc" -std=c11 -fsyntax-only -I"$inc" "$f" || { echo "the complete table does not compile"; exit 1; }
if out=$("$cc" -std=c11 -fsyntax-only -DMISSING_ONE -I"$inc" "$f" 2>&1); then
  echo "a table one entry short compiled"
  exit 1
fi
echo "$out" | grep -q "one entry per enum value" || { echo "refused, but not by MKBA_PARAMS_N: $out"; exit 1; }
echo "MKBA_PARAMS_N refused the short table"
