#!/usr/bin/env python3
"""Run `mkba check-plugin` once and check its exit status and verdicts.

    run_check.py MKBA PLUGIN.so --exit N [--fail ID,...] [--note ID,...]
                 [--message ID=TEXT] [--stderr TEXT] [--plain] [-- ARGS...]

--exit      the exit status expected (0, 1 or 2)
--fail      the properties that must fail, and no others ("none" for none)
--note      properties that must be notes (others may be too)
--pass      properties that must pass
--message   a property whose message (or fix) must contain TEXT (repeatable)
--stderr    text standard error must contain (for exit status 2)
--plain     also run without --json and check one line per property
ARGS        passed to check-plugin (--scenario S.json, --timeout 2, ...)
"""
import argparse
import json
import subprocess
import sys

IDS = ["abi", "sources", "units", "base", "determinism", "threads", "stdout",
       "negative_costs", "direction", "transfers", "blocks"]


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mkba")
    ap.add_argument("plugin")
    ap.add_argument("--exit", type=int, required=True)
    ap.add_argument("--fail", default=None)
    ap.add_argument("--note", default="")
    ap.add_argument("--pass", dest="passes", default="")
    ap.add_argument("--message", action="append", default=[])
    ap.add_argument("--stderr", default=None)
    ap.add_argument("--plain", action="store_true")
    argv = sys.argv[1:]
    rest = argv[argv.index("--") + 1:] if "--" in argv else []
    a = ap.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    a.rest = rest
    cmd = [a.mkba, "check-plugin", a.plugin, "--json"] + a.rest
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    print("$ " + " ".join(cmd))
    print(r.stdout)
    print(r.stderr, file=sys.stderr)
    if r.returncode != a.exit:
        fail("exit status %d, expected %d" % (r.returncode, a.exit))
    if a.stderr is not None and a.stderr not in r.stderr:
        fail("standard error does not say %r" % a.stderr)
    if a.exit == 2:
        if r.stdout:
            fail("bad usage printed on standard output")
        print("1 passed, 0 failed")
        return
    try:
        doc = json.loads(r.stdout)  # --json: the document and nothing else
    except ValueError as e:
        fail("standard output is not one JSON document: %s" % e)
    if sorted(doc) != ["file", "ok", "plugin", "properties"]:
        fail("document keys %s" % sorted(doc))
    if doc["file"] != a.plugin:
        fail("file %r, expected %r" % (doc["file"], a.plugin))
    props = doc["properties"]
    if [p.get("id") for p in props] != IDS:
        fail("property ids %s" % [p.get("id") for p in props])
    for p in props:
        if sorted(p) != ["fix", "id", "message", "status"]:
            fail("property keys %s" % sorted(p))
        if p["status"] not in ("pass", "fail", "note"):
            fail("status %r" % p["status"])
        if not isinstance(p["message"], str) or not p["message"]:
            fail("%s: empty message" % p["id"])
        if p["status"] == "fail" and not p["fix"]:
            fail("%s fails without a fix" % p["id"])
    failed = [p["id"] for p in props if p["status"] == "fail"]
    if doc["ok"] != (not failed):
        fail("ok is %r with failures %s" % (doc["ok"], failed))
    if (a.exit == 0) != (not failed):
        fail("exit status %d with failures %s" % (r.returncode, failed))
    if a.fail is not None:
        want = [x for x in a.fail.split(",") if x and x != "none"]
        if sorted(failed) != sorted(want):
            fail("failing properties %s, expected exactly %s" % (failed, want))
    by_id = {p["id"]: p for p in props}
    for x in [x for x in a.note.split(",") if x]:
        if by_id[x]["status"] != "note":
            fail("%s is %s, expected a note" % (x, by_id[x]["status"]))
    for x in [x for x in a.passes.split(",") if x]:
        if by_id[x]["status"] != "pass":
            fail("%s is %s, expected a pass" % (x, by_id[x]["status"]))
    for m in a.message:
        pid, text = m.split("=", 1)
        said = by_id[pid]["message"] + " " + (by_id[pid]["fix"] or "")
        if text not in said:
            fail("%s does not say %r: %s" % (pid, text, said))
    if a.plain:
        r2 = subprocess.run([a.mkba, "check-plugin", a.plugin] + a.rest,
                            capture_output=True, text=True, timeout=600)
        if r2.returncode != a.exit:
            fail("plain run: exit status %d" % r2.returncode)
        lines = r2.stdout.splitlines()
        for p in props:
            word = p["status"].upper()
            if not any(l.split()[:2] == [word, p["id"]] for l in lines if l.split()):
                fail("plain output has no line %s %s:\n%s" % (word, p["id"], r2.stdout))
        if len(lines) != len(IDS) + 2:
            fail("plain output is not a heading, a line per property and a result:\n"
                 + r2.stdout)
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()
