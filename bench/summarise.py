#!/usr/bin/python3
"""Helpers of bench/run (standard library only).

    summarise.py times FILE           median (min-max) wall time and peak memory per label
    summarise.py ratio FILE A B       A's time over B's, pair by pair (the i-th run of each)
    summarise.py perdraw FILE N n     (median time at N draws - at n draws) / (N - n), per label
    summarise.py agree MKBA.json KERNEL.json [NUMPY_LINE]
                                      the kernel's (and numpy's) P(NPV>0) and mean NPV against
                                      mkba's, in Monte Carlo standard errors
    summarise.py base MKBA.json KERNEL_BASE.json
                                      the kernel at the base values against mkba's deterministic
                                      NPVs: must agree to rounding (exit 1 if not)
    summarise.py qaly_value MKBA.json the value of a QALY mkba used

FILE holds lines "LABEL SECONDS KILOBYTES", one per timed run, as bench/run writes them.
"""
import json
import math
import re
import statistics
import sys


def runs(path):
    """{label: [(seconds, kilobytes), ...]} in the order the runs were made."""
    out = {}
    with open(path) as f:
        for line in f:
            label, secs, kb = line.split()
            out.setdefault(label, []).append((float(secs), int(kb)))
    return out


def fmt(xs):
    """Median (min-max) of xs, in seconds."""
    return f"{statistics.median(xs):.3f} s ({min(xs):.3f}-{max(xs):.3f})"


def times(path):
    for label, rs in runs(path).items():
        secs = [s for s, _ in rs]
        mb = statistics.median(kb for _, kb in rs) / 1024
        print(f"  {label:44s} {fmt(secs)}  peak {mb:.0f} MB  ({len(rs)} runs)")


def ratio(path, a, b):
    r = runs(path)
    pairs = [x[0] / y[0] for x, y in zip(r[a], r[b]) if y[0] > 0]
    if pairs:
        print(f"  ratio {a} / {b}: median {statistics.median(pairs):.2f} "
              f"({min(pairs):.2f}-{max(pairs):.2f}, {len(pairs)} pairs)")


def perdraw(path, big, small):
    big, small = int(big), int(small)
    r = runs(path)
    for label in r:
        if not label.endswith(f"@{big}"):
            continue
        name = label[: -len(f"@{big}")]
        lo = r.get(f"{name}@{small}")
        if not lo:
            continue
        tb = statistics.median(s for s, _ in r[label])
        ts = statistics.median(s for s, _ in lo)
        ns = (tb - ts) / (big - small) * 1e9
        print(f"  {name:28s} {ns:8.0f} ns per draw  ({big} draws {tb:.3f} s, {small} draws {ts:.3f} s)")


def z_line(what, m, k, sd_m, sd_k, n_m, n_k):
    """One comparison in standard errors of the difference of two independent estimates."""
    se = math.sqrt(sd_m**2 / n_m + sd_k**2 / n_k)
    z = (k - m) / se if se > 0 else 0.0
    verdict = "agree" if abs(z) < 4 else "DIFFER"
    return f"    {what:16s} mkba {m:.6g}, {verdict} ({z:+.2f} standard errors)", abs(z) < 4


def agree(mkba_path, kernel_path, numpy_line=None):
    u = json.load(open(mkba_path))["uncertainty"]
    n = u["draws"]
    others = [("kernel", json.load(open(kernel_path)))]
    if numpy_line:
        m = re.search(r"(\d+) draws .*P\(NPV>0\) ([0-9.]+); mean (-?\d+);.*sd (\d+)", numpy_line)
        if m:
            others.append(("numpy", {"draws": int(m[1]), "p_npv_positive": float(m[2]),
                                     "npv_mean": float(m[3]), "npv_sd": float(m[4])}))
    ok = True
    for name, o in others:
        p_m, p_o = u["p_npv_positive"], o["p_npv_positive"]
        p = (p_m * n + p_o * o["draws"]) / (n + o["draws"])
        sd_p = math.sqrt(p * (1 - p))
        print(f"  {name}: P(NPV>0) {p_o:.4f}, mean NPV {o['npv_mean']:,.0f}")
        line, good = z_line("P(NPV>0)", p_m, p_o, sd_p, sd_p, n, o["draws"])
        print(line)
        ok &= good
        line, good = z_line("mean NPV", u["npv_mean"], o["npv_mean"], u["npv_sd"], o["npv_sd"],
                            n, o["draws"])
        print(line)
        ok &= good
    return ok


def base(mkba_path, kernel_path):
    d, k = json.load(open(mkba_path)), json.load(open(kernel_path))
    pairs = [("society", d["summary"]["npv"], k["npv_mean"])]
    pairs += [(a["id"], a["npv"], b["npv_mean"]) for a, b in zip(d["actors"], k["actors"])]
    worst = max(abs(x - y) / max(1.0, abs(x)) for _, x, y in pairs)
    good = worst < 1e-9
    print(f"  kernel at the base values against mkba's deterministic NPVs: largest relative "
          f"difference {worst:.1e} ({'equal to rounding' if good else 'DIFFERENT MODELS'})")
    return good


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "times":
        times(*args)
    elif cmd == "ratio":
        ratio(*args)
    elif cmd == "perdraw":
        perdraw(*args)
    elif cmd == "agree":
        sys.exit(0 if agree(*args) else 1)
    elif cmd == "base":
        sys.exit(0 if base(*args) else 1)
    elif cmd == "qaly_value":
        print(repr(json.load(open(args[0]))["qaly_value"]["value"]))
    else:
        sys.exit(f"summarise.py: unknown command {cmd}")


if __name__ == "__main__":
    main()
