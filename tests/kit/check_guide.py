#!/usr/bin/python3
"""check_guide.py - the worked plugin of docs/plugin-guide.md compiles, loads, runs and passes its tests.

usage: check_guide.py SOURCE_DIR MKBA_BINARY CC [FLAGS]

FLAGS: more compiler and linker flags, space-separated (the sanitizers of a
-DMKBA_SANITIZE=ON build, whose mock host library needs them).

Takes the guide's fenced blocks by their first line: the plugin (a ```c block starting
"/* guide_tenancy.c"), its Check test ("/* test_guide_tenancy.c") and the first ```json
block (the scenario).  Compiles the plugin with -std=c11 -Wall -Wextra -Werror against
plugins/, checks that it is under 200 lines, that `mkba describe` reads it and `mkba run`
computes the guide's scenario with it; then builds the guide's Check test against the
build's mock host and runs it on the plugin (MKBA_TEST_PLUGIN).  Exit 0 when all hold.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SRC, MKBA, CC = sys.argv[1], sys.argv[2], sys.argv[3]
FLAGS = sys.argv[4].split() if len(sys.argv) > 4 else []
BUILD = os.path.dirname(os.path.abspath(MKBA))


def die(msg):
    """Fail the test with msg."""
    sys.stderr.write("check_guide.py: " + msg + "\n")
    sys.exit(1)


def run(cmd, **kw):
    """Run cmd; fail the test with its output when it fails; its stdout."""
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        die("%s failed (exit %d):\n%s%s" % (" ".join(cmd), r.returncode, r.stdout, r.stderr))
    return r.stdout


with open(os.path.join(SRC, "docs", "plugin-guide.md"), encoding="utf-8") as f:
    guide = f.read()
blocks = re.findall(r"^```(\w*)\n(.*?)^```$", guide, re.S | re.M)
plugin = [b for lang, b in blocks if lang == "c" and b.startswith("/* guide_tenancy.c")]
test = [b for lang, b in blocks if lang == "c" and b.startswith("/* test_guide_tenancy.c")]
scenario = [b for lang, b in blocks if lang == "json"]
if len(plugin) != 1 or len(test) != 1 or not scenario:
    die("the guide must have one plugin block, one test block and a JSON scenario")
if plugin[0].count("\n") >= 200:
    die("the worked plugin has %d lines; the guide promises fewer than 200" % plugin[0].count("\n"))

tmp = tempfile.mkdtemp(prefix="mkba-guide-")
os.chmod(tmp, 0o755)
try:
    so = os.path.join(tmp, "guide_tenancy.so")
    with open(os.path.join(tmp, "guide_tenancy.c"), "w", encoding="utf-8") as f:
        f.write(plugin[0])
    run([CC, "-std=c11", "-Wall", "-Wextra", "-Werror", "-shared", "-fPIC", "-fvisibility=hidden"] + FLAGS + [
         "-I", os.path.join(SRC, "plugins"), os.path.join(tmp, "guide_tenancy.c"), "-o", so])
    env = dict(os.environ, MKBA_PLUGIN_PATH=tmp, MKBA_DATA_DIR=os.path.join(SRC, "data"))
    desc = json.loads(run([MKBA, "describe", "guide_tenancy", "--json"], env=env))
    keys = [p["key"] for p in desc["parameters"]]
    if keys[:2] != ["households", "support_cost"] or len(keys) != 9:
        die("mkba describe guide_tenancy gives the parameters %s" % keys)
    scen = os.path.join(tmp, "tenancy.json")
    with open(scen, "w", encoding="utf-8") as f:
        f.write(scenario[0])
    res = json.loads(run([MKBA, "run", scen, "--json", "--no-sensitivity"], env=env))
    npv = res["summary"]["npv"]
    if not isinstance(npv, (int, float)) or res["uncertainty"] is None:
        die("the guide's scenario gives no NPV or no Monte Carlo")
    if not any(t["from"] == "deelnemer" and t["to"] == "woningcorporatie" for t in res["transfers"]):
        die("the guide's plugin books no transfer from deelnemer to woningcorporatie")
    # The guide's Check test, against the mock host of this build.
    mock = os.path.join(BUILD, "plugins", "libmkba_mock.a")
    if not os.path.exists(mock):
        die("no mock host library at %s" % mock)
    with open(os.path.join(tmp, "test_guide_tenancy.c"), "w", encoding="utf-8") as f:
        f.write(test[0])
    libs = run(["pkg-config", "--libs", "check", "jansson", "gsl", "glib-2.0"]).split()
    cflags = run(["pkg-config", "--cflags", "check"]).split()
    exe = os.path.join(tmp, "test_guide_tenancy")
    run([CC, "-std=c11", "-Wall", "-Wextra", "-Werror", "-I", os.path.join(SRC, "plugins")] + FLAGS + cflags +
        [os.path.join(tmp, "test_guide_tenancy.c"), mock] + libs + ["-ldl", "-lpthread", "-lm", "-o", exe])
    out = run([exe], env=dict(env, MKBA_TEST_PLUGIN=so, CK_FORK="yes"))
    if "100%" not in out:
        die("the guide's Check test did not pass:\n" + out)
    print("the guide's plugin compiles, loads, runs its scenario (NPV %.0f) and passes its test" % npv)
finally:
    shutil.rmtree(tmp, ignore_errors=True)
