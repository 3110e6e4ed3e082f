#!/usr/bin/python3
"""The benchmark models written the obvious way in numpy: vectorised over
draws, one matrix product per year.  Prints the wall time and the same
summary statistics mkba reports, to compare speed and results.

    markov5_numpy.py [DRAWS] [--qaly] [--qaly-value EUR]

Without --qaly the model of markov5.json; with it markov5_qaly.json's, the
same plus utilities per state (woning's uncertain), the QALY gain valued at
the value of a QALY for the deelnemer (default: the value bank's, re-indexed
to the scenario's price year, as mkba reports it under "qaly_value").
"""
import argparse
import time

import numpy as np

H, RATE = 20, 0.0225
S = ["straat", "opvang", "woning", "zorg", "overleden"]
QALY_VALUE = 66155.63001868229


def rows(arm, p_opvang_woning):
    """Transition matrices (draws x 5 x 5) with 'rest' on the diagonal."""
    n = p_opvang_woning.shape[0]
    P = np.zeros((n, 5, 5))
    if arm == "baseline":
        fixed = {0: {1: .30, 2: .05, 3: .05, 4: .02}, 1: {0: .20, 2: .15, 3: .05, 4: .01},
                 2: {0: .10, 3: .02, 4: .01}, 3: {2: .10, 4: .03}}
    else:
        fixed = {0: {2: .55, 1: .10, 3: .05, 4: .01}, 1: {3: .05, 4: .01},
                 2: {0: .03, 3: .02, 4: .01}, 3: {2: .15, 4: .03}}
    for s, row in fixed.items():
        for r, p in row.items():
            P[:, s, r] = p
    if arm == "intervention":
        P[:, 1, 2] = p_opvang_woning
    for s in range(4):
        P[:, s, s] = 1 - (P[:, s, :].sum(axis=1) - P[:, s, s])
    P[:, 4, 4] = 1
    return P


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("draws", nargs="?", type=int, default=1_000_000)
    ap.add_argument("--qaly", action="store_true", help="the model of markov5_qaly.json")
    ap.add_argument("--qaly-value", type=float, default=QALY_VALUE, help="euros per QALY")
    args = ap.parse_args()
    DRAWS = args.draws
    t0 = time.perf_counter()
    rng = np.random.default_rng(1)
    cohort = rng.normal(200, 20, DRAWS)
    p_ow = rng.beta(50, 50, DRAWS)
    c_opvang = rng.gamma(100, 232.36, DRAWS)
    if args.qaly:  # utilities straat, opvang, woning (uncertain), zorg, overleden
        util = np.empty((DRAWS, 5))
        util[:] = [0.70, 0.72, 0.0, 0.68, 0.0]
        util[:, 2] = rng.beta(144, 56, DRAWS)
    Pb, Pi = rows("baseline", p_ow), rows("intervention", p_ow)
    ob = np.zeros((DRAWS, 5))
    ob[:, 0], ob[:, 1] = 0.4 * cohort, 0.6 * cohort
    oi = ob.copy()
    df = (1 + RATE) ** -np.arange(H)
    actors = np.zeros((DRAWS, 6))
    for t in range(H):
        d = ob - oi  # persons avoided per state
        actors[:, 0] += df[t] * (d[:, 1] * c_opvang - oi[:, 2] * 12000)
        actors[:, 1] += df[t] * (d[:, 0] * 6000 + d[:, 3] * 30000)
        actors[:, 2] += df[t] * d[:, 0] * 4000
        actors[:, 3] += df[t] * d[:, 2] * -500
        if args.qaly:  # QALYs of the intervention minus the baseline's, valued
            actors[:, 4] -= df[t] * np.einsum("ns,ns->n", d, util) * args.qaly_value
        ob = np.einsum("ns,nsr->nr", ob, Pb)
        oi = np.einsum("ns,nsr->nr", oi, Pi)
    npv = actors.sum(axis=1)
    elapsed = time.perf_counter() - t0
    p05, p50, p95 = np.percentile(npv, [5, 50, 95])
    model = "markov5_qaly" if args.qaly else "markov5"
    print(f"numpy: {model}: {DRAWS} draws in {elapsed:.3f} s; P(NPV>0) {np.mean(npv > 0):.4f}; "
          f"mean {npv.mean():.0f}; p05 {p05:.0f}; p50 {p50:.0f}; p95 {p95:.0f}; "
          f"sd {npv.std(ddof=1):.0f}")


if __name__ == "__main__":
    main()
