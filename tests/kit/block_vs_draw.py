#!/usr/bin/env python3
"""block_vs_draw.py MKBA SOURCE_DIR: Monte Carlo in blocks of draws (plugin
ABI 1.5, compute_block) gives the per-draw path's numbers, to 1e-9 relative,
on every shipped plugin and on markov models with every feature (periods,
counting rules, year ranges, whole-cohort programme costs, transfers,
utilities); and the results are the same bytes for 1 and 4 threads.
MKBA_MC_PER_DRAW=1 makes mkba compute draw by draw."""
import json
import os
import subprocess
import sys
import tempfile

mkba, src = sys.argv[1:3]
failures = []


def run(scenario, extra_env=None, args=()):
    env = dict(os.environ)
    env.update(extra_env or {})
    out = subprocess.run([mkba, "run", "-", "--json", "--no-sensitivity", *args],
                         input=json.dumps(scenario), capture_output=True, text=True, env=env)
    if out.returncode != 0:
        failures.append(f"{scenario.get('title', '?')}: mkba failed: {out.stderr.strip()}")
        return None
    return out.stdout


def numbers(x, path=""):
    if isinstance(x, bool) or x is None or isinstance(x, str):
        return
    if isinstance(x, (int, float)):
        yield path, float(x)
    elif isinstance(x, dict):
        for k, v in x.items():
            yield from numbers(v, f"{path}/{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from numbers(v, f"{path}/{i}")


def compare(name, scenario, draws):
    scenario = dict(scenario, title=name)
    scenario["uncertainty"] = dict(scenario.get("uncertainty") or {}, draws=draws)
    a, b = run(scenario), run(scenario, {"MKBA_MC_PER_DRAW": "1"})
    if a is None or b is None:
        return
    ua, ub = json.loads(a)["uncertainty"], json.loads(b)["uncertainty"]
    na, nb = dict(numbers(ua)), dict(numbers(ub))
    if na.keys() != nb.keys():
        failures.append(f"{name}: the two paths give different keys")
        return
    worst = 0
    for k, x in na.items():
        y = nb[k]
        err = abs(x - y) / max(abs(x), abs(y), 1e-300) if x != y else 0
        worst = max(worst, err)
        if err > 1e-9 and abs(x - y) > 1e-6:
            failures.append(f"{name}: {k} is {x!r} in blocks and {y!r} draw by draw")
            return
    print(f"{name}: {len(na)} numbers agree (largest relative difference {worst:.1e})")


def load(rel):
    with open(os.path.join(src, rel), encoding="utf-8") as f:
        return json.load(f)


plugins = json.loads(subprocess.run([mkba, "list", "--json"], capture_output=True, text=True,
                                    check=True).stdout)
def described(name):
    out = subprocess.run([mkba, "describe", name, "--json"], capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out)


if not described("markov")["monte_carlo_blocks"]:
    failures.append("markov does not offer compute_block: nothing below compares blocks")
for p in plugins:
    name = p["name"]
    if name in ("markov", "cashflow"):
        continue  # they need params: covered by the scenarios below
    compare(f"plugin {name}", {"start_year": 2025, "horizon_years": 10,
                               "interventions": [{"plugin": name}]}, 600)
compare("examples/housing_first.json", load("examples/housing_first.json"), 3000)
compare("examples/all_interventions_utrecht.json",
        load("examples/all_interventions_utrecht.json"), 600)
compare("bench/markov5.json", load("bench/markov5.json"), 5000)
seed = load("tests/fuzz/seeds/markov_time.json")
for counting in ("beginning", "end", "life-table"):
    s = json.loads(json.dumps(seed))
    s["interventions"][0]["params"]["counting"] = counting
    compare(f"markov with periods, year ranges, transfers and utilities ({counting})", s, 3000)
pkg = load("reports/tests/fixtures/scenarios/package-nl.json")
compare("a package with cashflow", pkg, 2000)

# The same bytes whatever the number of threads, in blocks.
m5 = dict(load("bench/markov5.json"))
m5["uncertainty"] = {"draws": 20000, "seed": 9}
one, four = run(m5, args=("--threads", "1")), run(m5, args=("--threads", "4"))
if one is not None and one != four:
    failures.append("bench/markov5.json: --threads 1 and --threads 4 differ")
else:
    print("bench/markov5.json: --threads 1 and 4 give the same bytes")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
