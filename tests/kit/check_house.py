#!/usr/bin/env python3
"""The shape of calc/ as the README draws it (issue: a house with one-way flow).

    check_house.py SOURCE_DIR

1. No cycle between the files of calc/: a file with its header is one room,
   and room A depends on room B when A's .c or .h includes B's header.  A
   cycle is printed as A -> B -> ... -> A.
2. The README's architecture table names every .c file of calc/ and text/,
   and names no file that does not exist.
Exit 0 when both hold, 1 otherwise.
"""
import os
import re
import sys


def rooms(calc):
    names = {f[:-2] for f in os.listdir(calc) if f.endswith((".c", ".h"))}
    deps = {n: set() for n in names}
    for n in names:
        for ext in (".c", ".h"):
            p = os.path.join(calc, n + ext)
            if not os.path.exists(p):
                continue
            with open(p, encoding="utf-8") as f:
                for inc in re.findall(r'^#include "([^"/]+)\.h"', f.read(), re.M):
                    if inc in names and inc != n:
                        deps[n].add(inc)
    return deps


def cycles(deps):
    """Every elementary cycle found by depth-first search (one per back edge)."""
    found, state, stack = [], {}, []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in sorted(deps[n]):
            if state.get(m) == 1:
                found.append(stack[stack.index(m):] + [m])
            elif not state.get(m):
                visit(m)
        stack.pop()
        state[n] = 2

    for n in sorted(deps):
        if not state.get(n):
            visit(n)
    return found


def main():
    src = sys.argv[1]
    ok = True
    calc = os.path.join(src, "calc")
    deps = rooms(calc)
    for c in cycles(deps):
        print("cycle in calc/: " + " -> ".join(c))
        ok = False
    with open(os.path.join(src, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    arch = readme[readme.index("## Architecture"):]
    arch = arch[:arch.index("\n## ", 5)]
    named = set(re.findall(r"^\| `([^`|]+)`(?:, `([^`|]+)`)? \|", arch, re.M))
    named = {x for pair in named for x in pair if x}
    for folder in ("calc", "text"):
        for f in sorted(os.listdir(os.path.join(src, folder))):
            if f.endswith(".c"):
                key = f if folder == "calc" else folder + "/" + f
                if key not in named:
                    print(f"README.md: the architecture table does not name {folder}/{f}")
                    ok = False
    for key in sorted(named):
        path = key if "/" in key else os.path.join("calc", key)
        if not os.path.exists(os.path.join(src, path)):
            print(f"README.md: the architecture table names {key}, which does not exist")
            ok = False
    print(f"{len(deps)} rooms in calc/, {sum(len(v) for v in deps.values())} dependencies"
          + (", no cycle; the README names every file" if ok else ""))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
