#!/usr/bin/python3
"""check_schemas.py - the JSON Schemas of docs/schema/ against what mkba reads and writes.

usage: check_schemas.py SOURCE_DIR MKBA_BINARY

Checks, with Debian's python3-jsonschema (Draft 2020-12):
  - every schema is itself a valid Draft 2020-12 schema, with an $id and a
    description on every property;
  - every examples/*.json names its schema by relative path in "$schema" and
    validates against it (scenario or batch);
  - every data/regions/*.json validates against region.schema.json;
  - the results document of every scenario example, of a few report
    fixtures and of a scenario with a date, variants, correlations and
    optimism bias, as `mkba run --json` prints it, validates against
    results.schema.json;
  - the national.json of a small `mkba batch` validates against
    national.schema.json;
  - invalid documents are rejected: each schema must refuse a few broken
    documents, and mkba must refuse them too (so schema and program agree).
Exit status 0 when all hold, 1 otherwise (with every failure listed).
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    sys.stderr.write("check_schemas.py: the Python module jsonschema is missing: install Debian's "
                     "python3-jsonschema (apt-get install python3-jsonschema)\n")
    sys.exit(1)

SRC, MKBA = sys.argv[1], sys.argv[2]
SCHEMA_DIR = os.path.join(SRC, "docs", "schema")
failures = []


def fail(msg):
    """Record one failure (printed at the end)."""
    failures.append(msg)


def load(path):
    """The JSON document at path."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)


SCHEMAS = {n: load(os.path.join(SCHEMA_DIR, n + ".schema.json"))
           for n in ("scenario", "batch", "region", "results", "national")}
VALIDATORS = {}


def walk_properties(node, where):
    """Every "properties" member below node must carry a description (editors show it)."""
    if isinstance(node, dict):
        for key, sub in node.get("properties", {}).items() if isinstance(node.get("properties"), dict) else []:
            if not isinstance(sub, dict) or "description" not in sub:
                fail("%s: property %r has no description" % (where, key))
        for key, sub in node.items():
            if key != "if":  # a condition's "properties" are no properties of the document
                walk_properties(sub, where)
    elif isinstance(node, list):
        for sub in node:
            walk_properties(sub, where)


for name, schema in SCHEMAS.items():
    try:
        Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        fail("%s.schema.json is no valid Draft 2020-12 schema: %s" % (name, e.message))
        continue
    if schema.get("$id") != "https://mkba.nl/schema/%s.schema.json" % name:
        fail("%s.schema.json: $id is %r" % (name, schema.get("$id")))
    walk_properties(schema, name + ".schema.json")
    VALIDATORS[name] = Draft202012Validator(schema)


def errors(name, doc):
    """The validation errors of doc against schema name, as strings."""
    return ["%s: %s" % ("/".join(str(p) for p in e.absolute_path) or "(root)", e.message)
            for e in VALIDATORS[name].iter_errors(doc)]


def expect_valid(name, doc, what):
    """doc must validate against schema name."""
    errs = errors(name, doc)
    if errs:
        fail("%s does not validate against %s.schema.json:\n    %s" % (what, name, "\n    ".join(errs[:10])))


def mkba(*args, cwd=None):
    """Run the mkba binary; (exit status, stdout, stderr)."""
    env = dict(os.environ)
    r = subprocess.run([MKBA] + list(args), capture_output=True, text=True, cwd=cwd, env=env)
    return r.returncode, r.stdout, r.stderr


# ---- examples and region files -------------------------------------------
examples = sorted(glob.glob(os.path.join(SRC, "examples", "*.json")))
if len(examples) < 3:
    fail("fewer than three examples in examples/")
for path in examples:
    doc = load(path)
    name = "batch" if "mkba_batch" in doc else "scenario"
    want = "../docs/schema/%s.schema.json" % name
    if doc.get("$schema") != want:
        fail("%s: \"$schema\" is %r, not %r" % (path, doc.get("$schema"), want))
    elif not os.path.isfile(os.path.join(os.path.dirname(path), want)):
        fail("%s: \"$schema\" %s names no file" % (path, want))
    expect_valid(name, doc, path)

regions = sorted(glob.glob(os.path.join(SRC, "data", "regions", "*.json")))
if len(regions) < 44:
    fail("fewer than 44 region files in data/regions/")
for path in regions:
    expect_valid("region", load(path), path)

# ---- results documents ---------------------------------------------------
tmp = tempfile.mkdtemp(prefix="mkba-schemas-")
full = os.path.join(tmp, "full.json")
with open(full, "w", encoding="utf-8") as f:
    json.dump({
        "$schema": "../docs/schema/scenario.schema.json", "mkba": 1, "title": "schema test",
        "author": "tests/kit", "date": "2024-02-29", "region": "utrecht", "start_year": 2025,
        "horizon_years": 6, "price_year": 2024,
        "discount": {"schedule": [{"from": 0, "rate": 0.03}, {"from": 3, "rate": 0.02}]},
        "interventions": [
            {"plugin": "housing_first", "params": {"clients": 40}},
            {"plugin": "cashflow", "label": "Regie", "params": {"price_year": 2022, "flows": [
                {"actor": "gemeente", "category": "regie", "kind": "cost", "amounts": [40000, 20000],
                 "scale": {"dist": "normal", "mean": 1, "sd": 0.2}},
                {"from": "gemeente", "to": "deelnemer", "kind": "transfer", "category": "bijstand",
                 "amounts": [5000, 5000]}]}}],
        "uncertainty": {"draws": 300, "seed": 5, "correlations": [
            {"parameters": ["1:flows[0].scale", "0:effect_housing"], "rank": 0.4}]},
        "variants": [{"id": "laag", "label": "Laag", "params": {"1:flows[0].scale": 0.8},
                      "optimism_bias": {"costs": 0.1}},
                     {"id": "kort", "horizon_years": 4, "discount": {"rate": 0.03}}],
        "optimism_bias": {"costs": 0.2, "benefits": 0.1}}, f)
expect_valid("scenario", load(full), "the full test scenario")
scenarios = [p for p in examples if "mkba_batch" not in load(p)] + [full]
fixtures = sorted(glob.glob(os.path.join(SRC, "reports", "tests", "fixtures", "scenarios", "*.json")))
scenarios += fixtures[:4]
dated = False
for path in scenarios:
    for extra in (["--draws", "200"], ["--draws", "0", "--no-sensitivity", "--lang", "en"]):
        rc, out, err = mkba("run", path, "--json", *extra)
        if rc != 0:
            fail("mkba run %s %s: exit %d: %s" % (path, " ".join(extra), rc, err.strip()))
            continue
        doc = json.loads(out)
        expect_valid("results", doc, "the results of %s (%s)" % (path, " ".join(extra)))
        if path == full:
            dated = doc["scenario"].get("date") == "2024-02-29"
if not dated:
    fail("the results of a scenario with \"date\" lack scenario.date")
rc, out, err = mkba("run", examples[0] if "mkba_batch" not in load(examples[0]) else scenarios[0],
                    "--json", "--draws", "0")
if rc == 0 and "date" in json.loads(out)["scenario"]:
    fail("scenario.date appears in the results of a scenario without a date")

# ---- national.json -------------------------------------------------------
batch = os.path.join(tmp, "batch.json")
with open(batch, "w", encoding="utf-8") as f:
    json.dump({"$schema": "../docs/schema/batch.schema.json", "mkba_batch": 1,
               "title": {"nl": "Proef", "en": "Test"}, "regions": ["utrecht", "groningen"],
               "interventions": [{"plugin": "housing_first"}, {"plugin": "poh_schulden", "label": "POH"}],
               "start_year": 2025, "horizon_years": 5, "uncertainty": {"draws": 50, "seed": 3}}, f)
expect_valid("batch", load(batch), "the test batch")
rc, out, err = mkba("batch", batch, "-o", os.path.join(tmp, "nat"), "--format", "json")
if rc != 0:
    fail("mkba batch: exit %d: %s" % (rc, err.strip()))
else:
    nat = load(os.path.join(tmp, "nat", "national.json"))
    expect_valid("national", nat, "national.json of the test batch")
    if not any(c["status"] == "skipped" for c in nat["cells"]) or not any(c["status"] == "ok" for c in nat["cells"]):
        fail("the test batch should have both computed and skipped cells")
rc, out, err = mkba("batch", batch, "-o", os.path.join(tmp, "shard"), "--format", "json", "--shard", "1/2")
if rc != 0:
    fail("mkba batch --shard 1/2: exit %d: %s" % (rc, err.strip()))
else:
    expect_valid("national", load(os.path.join(tmp, "shard", "national.json")), "a shard's national.json")

# ---- invalid documents: the schema and mkba both refuse them ----------------
base = {"start_year": 2025, "horizon_years": 3, "interventions": [{"plugin": "poh_schulden"}]}
bad_scenarios = {
    "an unknown key": dict(base, horizon_year=3),
    "a date that is no day": dict(base, date="2025-02-30"),
    "a date in another format": dict(base, date="30-01-2025"),
    "a fractional horizon": dict(base, horizon_years=2.5),
    "no interventions": {"start_year": 2025, "horizon_years": 3},
    "a distribution with a missing parameter": dict(base, interventions=[
        {"plugin": "poh_schulden", "params": {"practices": {"dist": "triangular", "min": 1, "max": 3}}}]),
    "a \"$schema\" that is no string": dict(base, **{"$schema": 7}),
}
for what, doc in bad_scenarios.items():
    path = os.path.join(tmp, "bad.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    rc, _, _ = mkba("validate", path)
    if rc != 2:
        fail("mkba validate accepts a scenario with %s (exit %d)" % (what, rc))
    # a date that is no calendar day has the right shape: only mkba can refuse it
    if what != "a date that is no day" and not errors("scenario", doc):
        fail("scenario.schema.json accepts a scenario with %s" % what)
if not errors("batch", {"mkba_batch": 1, "regions": "all", "interventions": "all", "start_year": 2025,
                        "horizon_years": 3, "variants": []}):
    fail("batch.schema.json accepts an unknown key")
good_region = load(regions[0])
for what, change in (("an unknown key", {"population": 5}), ("a count of 0", None),
                     ("a wrong format version", {"mkba_region": 3})):
    doc = json.loads(json.dumps(good_region))
    if change is None:
        doc["counts"] = {"inhabitants": {"value": 0, "year": 2023, "confidence": "verified", "source": "x"}}
    else:
        doc.update(change)
    if not errors("region", doc):
        fail("region.schema.json accepts a region file with %s" % what)
if scenarios:
    rc, out, _ = mkba("run", scenarios[0], "--json", "--draws", "0")
    if rc == 0:
        doc = json.loads(out)
        doc["summary"]["npv_typo"] = 1
        if not errors("results", doc):
            fail("results.schema.json accepts a summary with an unknown key")
        del doc["summary"]["npv_typo"]
        del doc["provenance"]
        if not errors("results", doc):
            fail("results.schema.json accepts a document without provenance")

subprocess.run(["rm", "-rf", tmp], check=False)
for msg in failures:
    print("FAIL: " + msg)
print("%d scenario and batch examples, %d region files, %d results documents checked; %d failures"
      % (len(examples), len(regions), 2 * len(scenarios), len(failures)))
sys.exit(1 if failures else 0)
