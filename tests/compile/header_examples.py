#!/usr/bin/env python3
"""header_examples.py HEADER NAME OUT.c: the code examples of a header's
first comment (the lines indented five spaces after " * ") as one C program,
with the example plugin name "my_plugin" replaced by NAME, so that a test
compiles and runs exactly what the header shows a plugin author."""
import re
import sys

header, name, out = sys.argv[1:4]
text = open(header, encoding="utf-8").read()
comment = text[text.index("/*"):text.index("*/")]
lines = [l[len(" *     "):] for l in comment.splitlines() if l.startswith(" *     ")]
if not lines:
    sys.exit(f"{header}: no indented examples in the first comment")
body = "\n".join("  " + re.sub(r"//.*$", "", l).replace("my_plugin", name) for l in lines)
with open(out, "w", encoding="utf-8") as f:
    f.write(f"/* Generated from {header} by tests/compile/header_examples.py. */\n"
            "#include <stdio.h>\n#include <stdlib.h>\n\n#include \"mkba_mock.h\"\n\n"
            "int main(void) {\n" + body + "\n  (void)npv;\n  mkba_mock_free(m);\n"
            "  puts(\"the header's examples ran\");\n  return 0;\n}\n")
