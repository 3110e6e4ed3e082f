#!/bin/sh
# check_swapped_args.sh CC PLUGIN_INCLUDE_DIR FILE: FILE compiles cleanly with
# -Wall -Wextra -Werror, and each swapped variant (-DSWAP_FLOW, -DSWAP_POST)
# is refused for an enum conversion: an arm where an actor should be.
set -u
cc=$1 inc=$2 f=$3
flags="-std=c11 -Wall -Wextra -Werror -fsyntax-only -I$inc"
# shellcheck disable=SC2086
$cc $flags "$f" || { echo "the correct calls do not compile"; exit 1; }
for v in SWAP_FLOW SWAP_POST; do
  # shellcheck disable=SC2086
  if out=$($cc $flags -D$v "$f" 2>&1); then
    echo "$v: swapped arguments compiled"
    exit 1
  fi
  echo "$out" | grep -q "enum" || { echo "$v refused, but not for the enum: $out"; exit 1; }
done
echo "swapped arm and actor refused by the compiler"
