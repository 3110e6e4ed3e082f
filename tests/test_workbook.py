#!/usr/bin/env python3
"""The Excel workbook (`mkba run -o DIR --format xlsx`), read with openpyxl.

Runs mkba on the report fixtures' scenarios (a package with variants,
alternatives, one intervention in English, a package without Monte Carlo),
opens results.xlsx and checks every sheet against results.json of the same
run: the numbers, that they are numbers with number formats, the sheet names
and headers in the run's language, frozen headers, column widths and the
Data table. Also: two runs give the same bytes, SOURCE_DATE_EPOCH sets the
creation date, a workbook that cannot be written fails the run and leaves no
output, and LibreOffice (when installed) converts the workbook.

Environment (set by ctest): MKBA_BIN, the mkba program.
"""
import bisect
import json
import math
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest
import zipfile

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:  # Debian's python3-openpyxl (scripts/install-deps)
    sys.exit("test_workbook: needs openpyxl (Debian package python3-openpyxl)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCENARIOS = os.path.join(ROOT, "reports", "tests", "fixtures", "scenarios")
MKBA = os.environ.get("MKBA_BIN", os.path.join(ROOT, "build", "mkba"))

# (scenario, language): a package with variants and optimism bias,
# alternatives, one intervention in English, a package without Monte Carlo,
# and correlated parameters (CORRELATED, written by the test).
CASES = [("variants-nl", "nl"), ("alternatives-nl", "nl"),
         ("single-en", "en"), ("package-nl", "nl"), ("correlated", "nl")]
CORRELATED = {
    "title": "Gecorreleerde kansen", "start_year": 2025, "horizon_years": 5,
    "interventions": [{"plugin": "housing_first"}],
    "uncertainty": {"draws": 300, "seed": 3, "correlations": [
        {"parameters": ["street_to_shelter", "shelter_to_street"],
         "rank": 0.5}]}}

# Every sheet in its order: (key, Dutch name, English name).
SHEETS = [
    ("summary", "Samenvatting", "Summary"),
    ("interventions", "Interventies", "Interventions"),
    ("actors", "Actoren", "Actors"),
    ("categories", "Categorieën", "Categories"),
    ("transfers", "Overdrachten", "Transfers"),
    ("years", "Jaren", "Years"),
    ("outcomes", "Effecten", "Outcomes"),
    ("pm", "PM-posten", "PM items"),
    ("uncertainty", "Onzekerheid", "Uncertainty"),
    ("quantiles", "Kwantielen", "Quantiles"),
    ("histogram", "Histogram", "Histogram"),
    ("correlations", "Correlaties", "Correlations"),
    ("sensitivity", "Gevoeligheid", "Sensitivity"),
    ("switching", "Omslagwaarden", "Switching values"),
    ("variants", "Varianten", "Variants"),
    ("parameters", "Parameters", "Parameters"),
    ("provenance", "Herkomst", "Provenance"),
    ("data", "Data", "Data"),
]


def sheet(wb, lang, key):
    """The sheet `key` of a workbook in language lang."""
    for k, nl, en in SHEETS:
        if k == key:
            return wb[nl if lang == "nl" else en]
    raise KeyError(key)

# Column headers of the measures, as the workbook names them.
MEASURES = {
    "nl": {
        "pv_costs": "Kosten (CW)", "pv_benefits": "Baten (CW)",
        "npv": "Saldo (CW)", "bcr": "Baten per euro kosten",
        "payback_year": "Terugverdiend in",
        "undiscounted_costs": "Kosten (niet verdisc.)",
        "undiscounted_benefits": "Baten (niet verdisc.)",
        "pv_benefits_budget": "Baten voor budgetten (CW)",
        "pv_benefits_wellbeing": "Baten in welzijn (CW)",
        "npv_without_wellbeing": "Saldo zonder welzijn (CW)",
        "costs": "Kosten (niet verdisc.)", "benefits": "Baten (niet verdisc.)",
        "net": "Saldo (niet verdisc.)", "discount_factor": "Discontofactor",
        "pv_net": "Saldo van het jaar (CW)",
        "cumulative_pv_net": "Cumulatief saldo (CW)",
        "p_npv_positive": "Kans saldo > 0", "p_best": "Kans beste keuze",
        "npv_mean": "Saldo gemiddeld (CW)",
        "npv_sd": "Saldo standaardafwijking (CW)",
        "npv_p05": "Saldo P5 (CW)", "npv_p50": "Saldo mediaan (CW)",
        "npv_p95": "Saldo P95 (CW)", "base": "Basiswaarde",
        "low": "Laag (P10)", "high": "Hoog (P90)",
        "npv_low": "Saldo bij laag (CW)", "npv_high": "Saldo bij hoog (CW)",
        "rank": "Rang", "irr": "Interne rentevoet",
        "draws": "Trekkingen", "evpi": "Waarde van volledige informatie (EVPI)",
    },
    "en": {
        "pv_costs": "Costs (PV)", "pv_benefits": "Benefits (PV)",
        "npv": "Net (PV)", "bcr": "Benefits per euro of costs",
        "payback_year": "Paid back in",
        "undiscounted_costs": "Costs (undiscounted)",
        "undiscounted_benefits": "Benefits (undiscounted)",
        "pv_benefits_budget": "Budget benefits (PV)",
        "pv_benefits_wellbeing": "Well-being benefits (PV)",
        "npv_without_wellbeing": "Net without well-being (PV)",
        "costs": "Costs (undiscounted)", "benefits": "Benefits (undiscounted)",
        "net": "Net (undiscounted)", "discount_factor": "Discount factor",
        "pv_net": "Net of the year (PV)",
        "cumulative_pv_net": "Cumulative net (PV)",
        "p_npv_positive": "Probability net > 0",
        "p_best": "Probability best choice", "npv_mean": "Net, mean (PV)",
        "npv_sd": "Net, standard deviation (PV)", "npv_p05": "Net P5 (PV)",
        "npv_p50": "Net median (PV)", "npv_p95": "Net P95 (PV)",
        "base": "Base value", "low": "Low (P10)", "high": "High (P90)",
        "npv_low": "Net at low (PV)", "npv_high": "Net at high (PV)",
        "rank": "Rank", "irr": "Internal rate of return", "draws": "Draws",
        "evpi": "Expected value of perfect information (EVPI)",
    },
}
FLOW_KEYS = ["pv_costs", "pv_benefits", "npv", "undiscounted_costs",
             "undiscounted_benefits", "pv_benefits_budget",
             "pv_benefits_wellbeing", "npv_without_wellbeing"]
# Words only the other language's headers use: an English workbook must
# have none of the Dutch ones and the other way round.
FOREIGN = {"nl": ["Net", "Costs", "Benefits", "Intervention", "Name",
                  "Value", "Year", "Source", "Item"],
           "en": ["Saldo", "Kosten", "Baten", "Interventie", "Naam",
                  "Waarde", "Jaar", "Bron", "Onderdeel", "Omschrijving"]}
TEXT = {
    "nl": {"package": "Pakket (samen)", "sum": "Alternatieven opgeteld",
           "none_in_range": "geen binnen bereik", "assumption": "aanname"},
    "en": {"package": "Package (together)", "sum": "Alternatives added up",
           "none_in_range": "none within range", "assumption": "assumption"},
}


def run_mkba(scenario, outdir, lang, extra_env=None, preexec=None):
    """mkba run SCENARIO -o OUTDIR --format xlsx --lang LANG; SCENARIO is a
    fixture's name or a path."""
    env = dict(os.environ)
    env.pop("SOURCE_DATE_EPOCH", None)
    env.update(extra_env or {})
    path = scenario if os.sep in scenario else \
        os.path.join(SCENARIOS, scenario + ".json")
    return subprocess.run(
        [MKBA, "run", path, "-o", outdir, "--format", "xlsx", "--lang", lang,
         "--replace"],
        env=env, capture_output=True, text=True, preexec_fn=preexec,
        check=False)


def close(a, b):
    """Numbers equal but for the last bits (the workbook keeps 16 digits)."""
    return (isinstance(a, (int, float)) and not isinstance(a, bool)
            and math.isclose(a, b, rel_tol=1e-13, abs_tol=1e-9))


def iv_label(iv):
    """An intervention's name in the workbook: "k: label"."""
    return "%d: %s" % (iv["index"], iv.get("label") or iv.get("title")
                       or iv["plugin"])


def levels(doc, lang, shown=True):
    """(name, results level) as the sheets show them: the package (not for
    alternatives on the sheets) and each intervention when several."""
    ivs = doc["interventions"]
    alt = len(ivs) > 1 and doc.get("comparison") == "alternatives"
    if len(ivs) == 1:
        top = iv_label(ivs[0])
    else:
        top = TEXT[lang]["sum" if alt else "package"]
    out = [] if (alt and shown) else [(top, doc)]
    if len(ivs) > 1:
        out += [(iv_label(iv), iv) for iv in ivs]
    return out


def iv_name(doc, lang, k):
    """The level name of intervention k, or of the whole for None."""
    ivs = doc["interventions"]
    if k is None or len(ivs) == 1:
        return levels(doc, lang, shown=False)[0][0]
    return iv_label(ivs[k])


def source(text, lang):
    """A parameter's source as the workbook (and the report) writes it: a
    leading kind word in Dutch in a Dutch workbook."""
    for en, nl in (("assumption: ", "aanname: "), ("derived: ", "afgeleid: ")):
        if lang == "nl" and text.startswith(en):
            return nl + text[len(en):]
    return text or None


def table(ws):
    """A table sheet as (headers, rows of dicts by header)."""
    rows = list(ws.iter_rows(values_only=True))
    heads = list(rows[0])
    return heads, [dict(zip(heads, r)) for r in rows[1:]]


def numbers(doc):
    """Every number of a results document but the identities (an index, an
    intervention's index), as (path, value)."""
    out = []

    def walk(o, path):
        if isinstance(o, dict):
            for k, v in o.items():
                if k in ("index", "intervention") and isinstance(v, int):
                    continue
                walk(v, path + "." + k)
        elif isinstance(o, list):
            for i, v in enumerate(o):
                walk(v, "%s[%d]" % (path, i))
        elif isinstance(o, (int, float)) and not isinstance(o, bool):
            out.append((path, o))
    walk(doc, "")
    return out


class Workbook(unittest.TestCase):
    """One run per case, read once, checked sheet by sheet."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="mkba-workbook-")
        cls.cases = {}
        correlated = os.path.join(cls.tmp, "correlated.json")
        with open(correlated, "w", encoding="utf-8") as f:
            json.dump(CORRELATED, f)
        for scenario, lang in CASES:
            out = os.path.join(cls.tmp, scenario)
            r = run_mkba(correlated if scenario == "correlated" else scenario,
                         out, lang)
            if r.returncode != 0:
                raise AssertionError("mkba run %s: %s" % (scenario, r.stderr))
            with open(os.path.join(out, "results.json"), encoding="utf-8") as f:
                doc = json.load(f)
            wb = openpyxl.load_workbook(os.path.join(out, "results.xlsx"))
            cls.cases[scenario] = (doc, wb, lang, out)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def each(self):
        """(scenario, doc, workbook, language) of every case."""
        for scenario, (doc, wb, lang, _) in self.cases.items():
            yield scenario, doc, wb, lang

    # ---- layout ----------------------------------------------------------

    def test_sheet_names(self):
        for scenario, doc, wb, lang in self.each():
            u = doc.get("uncertainty")
            left_out = set()
            if not u:
                left_out |= {"uncertainty", "quantiles", "histogram"}
            if doc.get("comparison") == "alternatives":
                # the sum of alternatives is no choice
                left_out |= {"quantiles", "histogram"}
            if not (u or {}).get("correlations"):
                left_out.add("correlations")
            if not doc.get("variants") and not doc.get("optimism_bias"):
                left_out.add("variants")
            want = [nl if lang == "nl" else en for k, nl, en in SHEETS
                    if k not in left_out]
            self.assertEqual(wb.sheetnames, want, scenario)

    def test_frozen_headers_and_widths(self):
        for scenario, _, wb, _ in self.each():
            for ws in wb.worksheets:
                where = "%s/%s" % (scenario, ws.title)
                self.assertTrue(ws.freeze_panes and ws.freeze_panes[-1] == "2"
                                and ws.freeze_panes[-2].isalpha(), where)
                for c, cell in enumerate(ws[1], start=1):
                    if cell.value is None:
                        continue
                    if ws.title != "Data":  # there the table style does it
                        self.assertTrue(cell.font.b, where + " header is bold")
                    width = ws.column_dimensions[get_column_letter(c)].width
                    self.assertGreaterEqual(
                        width, min(len(cell.value) + 2, 48),
                        "%s column %s is narrower than its header" % (
                            where, cell.value))

    def test_headers_in_the_run_language(self):
        for scenario, _, wb, lang in self.each():
            for ws in wb.worksheets:
                for cell in ws[1]:
                    for word in FOREIGN[lang]:
                        self.assertNotIn(
                            word, str(cell.value or "").split(),
                            "%s/%s: header %r" % (scenario, ws.title,
                                                  cell.value))

    def test_data_is_a_table_of_numbers(self):
        for scenario, _, wb, lang in self.each():
            ws = wb["Data"]
            self.assertIn("mkba_data", ws.tables, scenario)
            self.assertEqual(ws.tables["mkba_data"].ref,
                             "A1:H%d" % ws.max_row, scenario)
            heads = [c.value for c in ws[1]]
            self.assertEqual(len(heads), 8)
            for row in ws.iter_rows(min_row=2, values_only=True):
                self.assertIsInstance(row[7], (int, float), (scenario, row))
                self.assertNotIsInstance(row[7], bool)
                self.assertTrue(math.isfinite(row[7]), row)
                self.assertIsNotNone(row[0], row)
                self.assertIsNotNone(row[6], row)

    # ---- number formats ---------------------------------------------------

    def test_number_formats(self):
        for scenario, _, wb, lang in self.each():
            ws = sheet(wb, lang, "actors")  # actors
            heads = [c.value for c in ws[1]]
            euro = ws.cell(row=2, column=heads.index(MEASURES[lang]["npv"]) + 1)
            self.assertIn("#,##0", euro.number_format, scenario)
            self.assertIn("€", euro.number_format, scenario)
            self.assertNotIn(".0", euro.number_format, "euros are whole")
            if lang == "nl":
                self.assertIn('"€ "#,##0', euro.number_format)
            else:
                self.assertIn('"€"#,##0', euro.number_format)
            ws = sheet(wb, lang, "interventions")  # interventions
            heads = [c.value for c in ws[1]]
            bcr = ws.cell(row=2, column=heads.index(MEASURES[lang]["bcr"]) + 1)
            self.assertEqual(bcr.number_format, "0.00", scenario)
            if "uncertainty" in self.cases[scenario][0] and \
                    self.cases[scenario][0]["uncertainty"]:
                p = ws.cell(row=2, column=heads.index(
                    MEASURES[lang]["p_npv_positive"]) + 1)
                # 0,9999 must not read as 100%: the report's rule
                point = "," if lang == "nl" else "."
                self.assertEqual(p.number_format,
                                 '[=1]0%;[>=0.9995]"> 99' + point +
                                 '9%";0.0%', scenario)
            ws = sheet(wb, lang, "years")  # years
            self.assertEqual(ws.cell(row=2, column=2).number_format, "0")
            self.assertEqual(ws.cell(row=2, column=3).number_format, "0.0000")

    # ---- the numbers ------------------------------------------------------

    def test_summary(self):
        for scenario, doc, wb, lang in self.each():
            ws = sheet(wb, lang, "summary")
            rows = {r[0]: r for r in ws.iter_rows(values_only=True) if r[0]}
            m = MEASURES[lang]
            if doc.get("comparison") == "alternatives":
                for e in doc["ranking"]:
                    name = "%d. %s" % (e["rank"], e["label"])
                    self.assertTrue(close(rows[name][1], e["npv"]), name)
                self.assertNotIn(m["npv"], rows, "alternatives have no sum")
            else:
                for key in ("pv_costs", "pv_benefits", "npv", "bcr", "irr"):
                    v = doc["summary"][key]
                    if v is None:
                        self.assertIsNone(rows[m[key]][1])
                        self.assertTrue(rows[m[key]][2])  # why not
                    else:
                        self.assertTrue(close(rows[m[key]][1], v), key)
            u = doc.get("uncertainty")
            if u:
                self.assertEqual(rows[m["draws"]][1], u["draws"])
                if "evpi" in u:
                    self.assertTrue(close(rows[m["evpi"]][1], u["evpi"]))
            title = {"nl": "Titel", "en": "Title"}[lang]
            self.assertEqual(rows[title][1], doc["scenario"]["title"])

    def level_rows(self, doc, lang, ws, key, id_col):
        """Rows of a per-level sheet checked against each level's `key`
        array: every measure column equals the document."""
        heads, rows = table(ws)
        by = {(r[heads[0]], r[id_col]): r for r in rows}
        n = 0
        for name, lv in levels(doc, lang):
            for e in lv[key]:
                ident = e.get("id", e.get("year"))
                r = by[(name, ident)]
                for k in FLOW_KEYS + ["discount_factor", "costs", "benefits",
                                      "net", "pv_net", "cumulative_pv_net"]:
                    if k not in e or MEASURES[lang][k] not in heads:
                        continue
                    if e[k] is None:
                        self.assertIsNone(r[MEASURES[lang][k]])
                    else:
                        self.assertTrue(close(r[MEASURES[lang][k]], e[k]),
                                        (ws.title, name, ident, k))
                n += 1
        return n, len(rows)

    def test_actors(self):
        for scenario, doc, wb, lang in self.each():
            ws = sheet(wb, lang, "actors")
            heads, rows = table(ws)
            n, _ = self.level_rows(doc, lang, ws, "actors", heads[1])
            nper = sum(len(lv["perspectives"]) for _, lv in levels(doc, lang))
            self.assertEqual(len(rows), n + nper, scenario)
            ids = {r[heads[1]] for r in rows}
            self.assertIn("gemeente", ids, "actor ids stay Dutch")
            u = doc.get("uncertainty")
            if u and doc.get("comparison") != "alternatives":
                top = levels(doc, lang)[0][0]
                for a in u["actors"]:
                    r = next(r for r in rows if r[heads[0]] == top
                             and r[heads[1]] == a["id"])
                    self.assertTrue(close(r[MEASURES[lang]["npv_p05"]],
                                          a["npv_p05"]))

    def test_categories_and_years(self):
        for scenario, doc, wb, lang in self.each():
            ws = sheet(wb, lang, "categories")
            heads, rows = table(ws)
            n, total = self.level_rows(doc, lang, ws, "categories", heads[1])
            self.assertEqual(n, total, scenario)
            ws = sheet(wb, lang, "years")
            heads, rows = table(ws)
            n, total = self.level_rows(doc, lang, ws, "years", heads[1])
            self.assertEqual(n, total, scenario)

    def test_interventions(self):
        for scenario, doc, wb, lang in self.each():
            heads, rows = table(sheet(wb, lang, "interventions"))
            m = MEASURES[lang]
            uivs = {e["index"]: e for e in
                    (doc.get("uncertainty") or {}).get("interventions", [])}
            for iv in doc["interventions"]:
                r = rows[iv["index"]]
                self.assertEqual(r[heads[0]], iv["index"])
                for k in ("pv_costs", "pv_benefits", "npv"):
                    self.assertTrue(close(r[m[k]], iv["summary"][k]), k)
                for a in iv["actors"]:
                    self.assertTrue(close(r["%s: %s" % (m["npv"], a["id"])],
                                          a["npv"]), a["id"])
                if iv["index"] in uivs:
                    self.assertTrue(close(r[m["p_best"]],
                                          uivs[iv["index"]]["p_best"]))
            for e in doc.get("ranking", []):
                self.assertEqual(rows[e["intervention"]][m["rank"]], e["rank"])
            package = len(doc["interventions"]) > 1 and \
                doc.get("comparison") != "alternatives"
            self.assertEqual(len(rows), len(doc["interventions"]) + package)

    def test_uncertainty(self):
        for scenario, doc, wb, lang in self.each():
            u = doc.get("uncertainty")
            if not u:
                continue
            m = MEASURES[lang]
            heads, rows = table(sheet(wb, lang, "uncertainty"))
            series = [(r[heads[1]], r) for r in rows]
            alt = doc.get("comparison") == "alternatives"
            want = (0 if alt else 1 + len(u["actors"])) + \
                len(u.get("interventions", []))
            self.assertEqual(len(rows), want, scenario)
            if not alt:
                self.assertTrue(close(rows[0][m["npv_p50"]], u["npv_p50"]))
                self.assertTrue(close(rows[0][m["p_npv_positive"]],
                                      u["p_npv_positive"]))
            for e in u.get("interventions", []):
                r = next(r for i, r in series if i == e["index"])
                self.assertTrue(close(r[m["npv_mean"]], e["npv_mean"]))
            if alt:
                continue
            heads, rows = table(sheet(wb, lang, "quantiles"))  # quantiles
            self.assertEqual(len(rows), len(u["quantiles"]))
            for i, (r, q) in enumerate(zip(rows, u["quantiles"])):
                self.assertTrue(close(r[heads[1]], i / 100))
                self.assertTrue(close(r[heads[2]], q), i)
            heads, rows = table(sheet(wb, lang, "histogram"))  # histogram
            h = u["histogram"]
            self.assertEqual([r[heads[4]] for r in rows], h["counts"])
            self.assertTrue(close(rows[0][heads[2]], h["min"]))
            self.assertTrue(close(rows[-1][heads[3]], h["max"]))
            self.assertTrue(close(sum(r[heads[5]] for r in rows), 1.0))

    def test_sensitivity_and_switching(self):
        for scenario, doc, wb, lang in self.each():
            m = MEASURES[lang]
            heads, rows = table(sheet(wb, lang, "sensitivity"))
            self.assertEqual(len(rows), len(doc["sensitivity"]), scenario)
            for r, e in zip(rows, doc["sensitivity"]):
                self.assertEqual(r[heads[1]], e["parameter"])
                k = int(e["parameter"].split(":")[0]) \
                    if ":" in e["parameter"] else None
                self.assertEqual(r[heads[0]], iv_name(doc, lang, k))
                for key in ("base", "low", "high", "npv_low", "npv_high"):
                    self.assertTrue(close(r[m[key]], e[key]), key)
            heads, rows = table(sheet(wb, lang, "switching"))
            self.assertEqual(len(rows), len(doc["switching"]), scenario)
            for r, e in zip(rows, doc["switching"]):
                self.assertEqual(r[heads[1]], e["parameter"])
                self.assertTrue(close(r[heads[3]], e["base"]))
                if e["value"] is None:
                    self.assertIsNone(r[heads[4]])
                    self.assertEqual(r[heads[5]], TEXT[lang]["none_in_range"])
                else:
                    self.assertTrue(close(r[heads[4]], e["value"]))

    def test_parameters(self):
        for scenario, doc, wb, lang in self.each():
            heads, rows = table(sheet(wb, lang, "parameters"))
            self.assertEqual(len(rows), len(doc["parameters"]), scenario)
            for r, p in zip(rows, doc["parameters"]):
                self.assertEqual(r[heads[1]], p["parameter"])
                self.assertEqual(r[heads[2]], p["label"])
                self.assertTrue(close(r[heads[4]], p["value"]), p["parameter"])
                self.assertEqual(r[heads[-1]], source(p["source"], lang))
                if p["confidence"] == "assumption":
                    self.assertEqual(r[heads[6]], TEXT[lang]["assumption"])
                self.assertEqual(r[heads[0]],
                                 iv_name(doc, lang, p.get("intervention")))

    def test_provenance(self):
        for scenario, doc, wb, lang in self.each():
            ws = sheet(wb, lang, "provenance")
            cells = [c for r in ws.iter_rows(values_only=True) for c in r]
            prov = doc["provenance"]
            self.assertIn(prov["scenario_sha256"], cells)
            self.assertIn(prov["data_version"], cells)
            for p in prov["plugins"]:
                self.assertIn("Plugin " + p["name"], cells)
                self.assertIn("SHA-256 " + p["sha256"], cells)
            factors = [c for c in cells if isinstance(c, (int, float))]
            for f in prov["price_index"]["factors"]:
                self.assertTrue(any(close(c, f["factor"]) for c in factors))

    def test_correlations(self):
        doc, wb, lang, _ = self.cases["correlated"]
        pairs = doc["uncertainty"].get("correlations")
        if not pairs:
            self.skipTest("this mkba reports no correlations")
        heads, rows = table(sheet(wb, lang, "correlations"))
        self.assertEqual(len(rows), len(pairs))
        for r, e in zip(rows, pairs):
            self.assertEqual([r[heads[0]], r[heads[2]]], e["parameters"])
            self.assertEqual([r[heads[1]], r[heads[3]]], e["labels"])
            for col, key in zip(heads[4:], ("rank", "copula_correlation",
                                            "achieved_rank",
                                            "draws_measured")):
                self.assertTrue(close(r[col], e[key]), key)

    def test_variants(self):
        doc, wb, lang, _ = self.cases["variants-nl"]
        heads, rows = table(sheet(wb, lang, "variants"))
        m = MEASURES[lang]
        self.assertTrue(close(rows[0][m["npv"]], doc["summary"]["npv"]))
        self.assertTrue(close(rows[1][m["npv"]],
                              doc["optimism_bias"]["summary"]["npv"]))
        for r, v in zip(rows[2:], doc["variants"]):
            self.assertEqual(r[heads[0]], v["id"])
            self.assertTrue(close(r[m["npv"]], v["summary"]["npv"]))

    def test_data_has_every_number(self):
        for scenario, doc, wb, lang in self.each():
            ws = wb["Data"]
            values = [r[7] for r in ws.iter_rows(min_row=2, values_only=True)]
            years = {r[5] for r in ws.iter_rows(min_row=2, values_only=True)}
            have = sorted(values)
            for path, v in numbers(doc):
                if path.endswith(".year") and v in years:
                    continue
                i = bisect.bisect_left(have, v - abs(v) * 1e-13 - 1e-9)
                self.assertTrue(i < len(have) and close(have[i], v),
                                "%s: %s = %r is not in the Data sheet" % (
                                    scenario, path, v))

    def test_data_pivots(self):
        """What a pivot table does: sum the actors' net values of the
        package; it must give the package's net value."""
        for scenario, doc, wb, lang in self.each():
            if doc.get("comparison") == "alternatives":
                continue
            top = levels(doc, lang)[0][0]
            kind = {"nl": "actor", "en": "actor"}[lang]
            total = sum(r[7] for r in wb["Data"].iter_rows(
                min_row=2, values_only=True)
                if r[0] == top and r[3] == kind
                and r[6] == MEASURES[lang]["npv"])
            self.assertTrue(math.isclose(total, doc["summary"]["npv"],
                                         rel_tol=1e-9), scenario)


class Files(unittest.TestCase):
    """The workbook as a file: reproducible, checked, readable elsewhere."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="mkba-workbook-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_same_input_same_bytes(self):
        outs = []
        for i in range(2):
            out = os.path.join(self.tmp, "run%d" % i)
            r = run_mkba("variants-nl", out, "nl")
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(os.path.join(out, "results.xlsx"), "rb") as f:
                outs.append(f.read())
        self.assertEqual(outs[0], outs[1], "two runs differ")
        wb = openpyxl.load_workbook(os.path.join(self.tmp, "run0",
                                                 "results.xlsx"))
        self.assertEqual(wb.properties.created.year, 1980)
        self.assertTrue(wb.properties.creator.startswith("mkba "))

    def test_source_date_epoch(self):
        out = os.path.join(self.tmp, "sde")
        r = run_mkba("single-en", out, "en",
                     extra_env={"SOURCE_DATE_EPOCH": "1700000000"})
        self.assertEqual(r.returncode, 0, r.stderr)
        with zipfile.ZipFile(os.path.join(out, "results.xlsx")) as z:
            core = z.read("docProps/core.xml").decode()
            self.assertIn("2023-11-14T22:13:20Z", core)
        r = run_mkba("single-en", out, "en",
                     extra_env={"SOURCE_DATE_EPOCH": "yesterday"})
        self.assertEqual(r.returncode, 1)
        self.assertIn("SOURCE_DATE_EPOCH", r.stderr)

    def test_a_workbook_not_written_whole_fails_the_run(self):
        """libxlsxwriter ignores failed writes of its temporary files; mkba
        reads the workbook back. A file size limit above results.json and
        results.csv but below the Data sheet's part must fail the run with
        exit 1 and leave no output directory and no staging directory."""
        good = os.path.join(self.tmp, "good")
        r = run_mkba("variants-nl", good, "nl")
        self.assertEqual(r.returncode, 0, r.stderr)
        limit = 4096 + max(os.path.getsize(os.path.join(good, n))
                           for n in ("results.json", "results.csv"))
        with zipfile.ZipFile(os.path.join(good, "results.xlsx")) as z:
            largest = max(i.file_size for i in z.infolist())
        self.assertGreater(largest, limit,
                           "the fault needs a part larger than the CSV")

        def small_files():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        parent = os.path.join(self.tmp, "parent")
        os.mkdir(parent)
        r = run_mkba("variants-nl", os.path.join(parent, "out"), "nl",
                     preexec=small_files)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("workbook", r.stderr)
        self.assertIn("results.xlsx", r.stderr)
        self.assertEqual(os.listdir(parent), [])

    def test_results_xlsx_is_mkba_s_own_file(self):
        """A second run into the same directory, without --replace: the
        workbook is a file mkba writes, not a foreign one."""
        out = os.path.join(self.tmp, "again")
        for _ in range(2):
            r = subprocess.run([MKBA, "run", os.path.join(SCENARIOS,
                                                          "package-nl.json"),
                                "-o", out, "--format", "xlsx"],
                               capture_output=True, text=True, check=False)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("results.xlsx", r.stderr)
        self.assertEqual(sorted(os.listdir(out)),
                         ["results.csv", "results.json", "results.xlsx"])

    def test_an_unknown_format_is_refused(self):
        r = subprocess.run([MKBA, "run", os.path.join(SCENARIOS,
                                                      "single-nl.json"),
                            "-o", os.path.join(self.tmp, "x"), "--format",
                            "xls"], capture_output=True, text=True,
                           check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn("xlsx", r.stderr)

    @unittest.skipUnless(shutil.which("soffice") or shutil.which("libreoffice"),
                         "LibreOffice is not installed")
    def test_libreoffice_opens_it(self):
        out = os.path.join(self.tmp, "lo")
        r = run_mkba("single-nl", out, "nl")
        self.assertEqual(r.returncode, 0, r.stderr)
        office = shutil.which("soffice") or shutil.which("libreoffice")
        converted = os.path.join(self.tmp, "converted")
        env = dict(os.environ, HOME=self.tmp)  # a profile of its own
        r = subprocess.run([office, "--headless", "--convert-to", "csv",
                            "--outdir", converted,
                            os.path.join(out, "results.xlsx")],
                           env=env, capture_output=True, text=True,
                           timeout=300, check=False)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        with open(os.path.join(out, "results.json"), encoding="utf-8") as f:
            doc = json.load(f)
        # the first sheet, the summary, as LibreOffice read it
        with open(os.path.join(converted, "results.csv"), encoding="utf-8",
                  errors="replace") as f:
            text = f.read()
        self.assertIn("Titel", text)
        self.assertIn(doc["scenario"]["title"], text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
