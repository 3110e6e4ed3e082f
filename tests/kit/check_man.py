#!/usr/bin/env python3
"""The manual pages render cleanly and cannot fall behind the program.

usage: check_man.py MKBA SOURCE_DIR

- docs/man/mkba.1 and docs/man/mkba-scenario.5 render with
  `groff -man -ww -z` without a single warning;
- mkba.1 names the version `mkba --version` prints, has a subsection for
  every command of `mkba --help`, every option of `mkba --help` and
  `mkba help COMMAND`, each command's usage synopsis (whitespace aside) and
  every environment variable of `mkba --help`;
- mkba-scenario.5 describes every key the scenario reader (calc/scenario.c)
  accepts, and its example scenario passes `mkba validate`.
Exit status 0 when all hold, 1 (with every failure listed) otherwise.
"""
import os
import re
import subprocess
import sys
import tempfile

failures = []


def fail(msg):
    """Record one failure (msg: what is wrong, naming page and item)."""
    failures.append(msg)


def run(args, **kw):
    """Run args (a list) and return the CompletedProcess, text mode."""
    return subprocess.run(args, capture_output=True, text=True, **kw)


def render(page):
    """The page as plain text: ASCII, no bold or underlining, lines long
    enough and hyphenation off so that no option is split."""
    p = run(["groff", "-man", "-Tascii", "-P-c", "-P-b", "-P-u", "-rLL=250n", "-rHY=0", page])
    if p.returncode != 0:
        fail(f"{page}: groff failed: {p.stderr.strip()}")
    return p.stdout


def check_warnings(page):
    """groff -ww (all warnings) must stay silent on page (a path)."""
    p = run(["groff", "-man", "-Tutf8", "-ww", "-z", page])
    if p.returncode != 0 or p.stderr.strip():
        fail(f"{page}: groff -man -Tutf8 -ww -z warns:\n{p.stderr.strip()}")


def words(text):
    """text with every run of whitespace made one space."""
    return " ".join(text.split())


def has_token(text, token):
    """Whether token occurs in text with no letter, digit or - around it."""
    return re.search(r"(?<![\w-])" + re.escape(token) + r"(?![\w-])", text) is not None


def section(text, name):
    """The rendered section `name` of a page (up to the next heading)."""
    m = re.search(r"^" + re.escape(name) + r"\n(.*?)(?=^[A-Z][A-Z ]+\n|\Z)", text, re.M | re.S)
    return m.group(1) if m else ""


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    mkba, src = sys.argv[1], sys.argv[2]
    page1 = os.path.join(src, "docs/man/mkba.1")
    page5 = os.path.join(src, "docs/man/mkba-scenario.5")
    for page in (page1, page5):
        check_warnings(page)
    text1 = render(page1)
    flat1 = words(text1)

    # the version in .TH against the program's
    version = run([mkba, "--version"]).stdout.split()[1]
    for page in (page1, page5):
        with open(page, encoding="utf-8") as f:
            th = next((ln for ln in f if ln.startswith(".TH ")), "")
        if f'"mkba {version}"' not in th:
            fail(f"{page}: .TH does not name \"mkba {version}\" (the program's version): {th.strip()}")

    main_help = run([mkba, "--help"]).stdout
    m = re.search(r"^commands:\n(.*?)\n\n", main_help, re.M | re.S)
    commands = re.findall(r"^  ([a-z][a-z-]*)\b", m.group(1), re.M) if m else []
    if len(commands) < 10:
        fail(f"mkba --help lists {len(commands)} commands; the test cannot read its command list")
    m = re.search(r"^environment:\n(.*?)\n\n", main_help, re.M | re.S)
    env = re.findall(r"^  ([A-Z][A-Z0-9_]*)", m.group(1), re.M) if m else []
    if not env:
        fail("mkba --help lists no environment variables; the test cannot read them")
    environment = section(text1, "ENVIRONMENT")
    for var in env:
        if not has_token(environment, var):
            fail(f"mkba.1: ENVIRONMENT lacks {var} (mkba --help names it)")

    option = re.compile(r"(?:(?<=\s)|(?<=\[))(--?[a-z][a-z0-9-]*)")
    texts = {None: main_help}
    for cmd in commands:
        if not re.search(r"^ {3}" + re.escape(cmd) + r"$", text1, re.M):
            fail(f"mkba.1: no subsection for the command {cmd}")
        if cmd in ("help", "version"):
            continue
        p = run([mkba, "help", cmd])
        if p.returncode != 0:
            fail(f"mkba help {cmd} fails: {p.stderr.strip()}")
            continue
        texts[cmd] = p.stdout
        usage = p.stdout.split("\n\n")[0]
        if not usage.startswith("usage: "):
            fail(f"mkba help {cmd} does not start with a usage line")
            continue
        if words(usage[len("usage: "):]) not in flat1:
            fail(f"mkba.1: the usage of {cmd} differs from mkba help {cmd}:\n  {words(usage)}")
    for cmd, text in texts.items():
        for opt in sorted(set(option.findall(text))):
            if not has_token(text1, opt):
                fail(f"mkba.1: lacks the option {opt} (of mkba {'help ' + cmd if cmd else '--help'})")

    # mkba-scenario.5: every key of calc/scenario.c's key lists
    with open(os.path.join(src, "calc/scenario.c"), encoding="utf-8") as f:
        reader = f.read()
    keys = set()
    for arr in re.findall(r"static const char \*const \w*keys\[\] = \{(.*?)\};", reader, re.S):
        keys.update(re.findall(r'"([^"]+)"', arr))
    if len(keys) < 20:
        fail(f"calc/scenario.c: found {len(keys)} scenario keys; the test cannot read the key lists")
    text5 = render(page5)
    with open(page5, encoding="utf-8") as f:
        lines = f.read().split("\n")
    tags = set()  # the bold words of every .TP tag: "described" keys
    for k, line in enumerate(lines[:-1]):
        nxt = lines[k + 1]
        if line == ".TP" and nxt.startswith((".B ", ".BR ")):
            args = re.findall(r'"((?:[^"]|"")*)"|(\S+)', nxt.split(" ", 1)[1])
            args = [a or b for a, b in args]
            bold = args if nxt.startswith(".B ") else args[0::2]
            for a in bold:
                tags.update(w.replace("\\-", "-") for w in a.replace(",", " ").split())
    for key in sorted(keys):
        if key not in tags:
            fail(f"mkba-scenario.5: no paragraph tagged \"{key}\" (calc/scenario.c accepts it)")

    # the example scenario of mkba-scenario.5 is valid
    m = re.search(r"^EXAMPLE\n.*?^(\s*\{\n.*?^\s*\}\n)", text5, re.M | re.S)
    if not m:
        fail("mkba-scenario.5: no example scenario under EXAMPLE")
    else:
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            f.write(m.group(1))
        p = run([mkba, "validate", f.name])
        os.unlink(f.name)
        if p.returncode != 0:
            fail(f"mkba-scenario.5: the example does not validate: {p.stderr.strip()}")

    for msg in failures:
        print("FAIL:", msg, file=sys.stderr)
    if not failures:
        print(f"man pages: no warnings; {len(commands)} commands, {len(env)} variables, "
              f"{len(keys)} scenario keys covered")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
