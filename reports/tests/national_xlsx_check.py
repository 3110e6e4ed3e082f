#!/usr/bin/env python3
"""Check national.xlsx against national.json (test_report_national.c).

usage: national_xlsx_check.py national.json national.xlsx
The Data sheet, read with the standard library (zipfile, XML): its value
column holds only numbers, every row is a cell's (a region's; the
national sums are on the summary sheet only) and equals the number of
national.json it stands for, keyed by region, intervention, actor and
measure (the Dutch names), and a pivot of it (the sum of "Saldo (CW)" of
society per intervention) gives national.json's national net value, each
cell counted once. Prints "ok ROWS" or what differs; exit 1 then.
"""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
CELL = {"Deelnemers": "participants", "Kosten (CW)": "pv_costs",
        "Baten (CW)": "pv_benefits", "Saldo (CW)": "npv",
        "Saldo per eenheid": "npv_per_participant", "B/K": "bcr",
        "Kans saldo > 0": "p_npv_positive", "Saldo P5": "npv_p05",
        "Saldo P95": "npv_p95", "Berekend (1 ja, 0 nee)": "computed"}
ACTORS = {"Gemeente": "gemeente", "Zorgverzekeraar": "zorgverzekeraar", "Rijk": "rijk",
          "Woningcorporatie": "woningcorporatie", "Deelnemer": "deelnemer",
          "Samenleving": "samenleving"}


def data_rows(path):
    z = zipfile.ZipFile(path)
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    rid = [s.get("{%s}id" % NS["r"]) for s in wb.find("m:sheets", NS) if s.get("name") == "Data"][0]
    target = [r.get("Target") for r in rels if r.get("Id") == rid][0]
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")):
            strings.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    sheet = ET.fromstring(z.read("xl/" + target))
    rows = []
    for row in sheet.find("m:sheetData", NS):
        cells = {}
        for c in row:
            col = re.match(r"[A-Z]+", c.get("r")).group(0)
            v = c.find("m:v", NS)
            if v is None:
                continue
            cells[col] = (strings[int(v.text)], "s") if c.get("t") == "s" else (v.text, c.get("t") or "n")
        rows.append(cells)
    return rows


def main():
    doc = json.load(open(sys.argv[1]))
    rows = data_rows(sys.argv[2])[1:]
    regions = {r["label"].replace("Centrumregio ", ""): r["id"] for r in doc["regions"]}
    cells = {(c["region"], c["intervention"]): c for c in doc["cells"]}
    totals = {t["intervention"]: t for t in doc["national"]}
    bad = []
    pivot = {}
    for cells_row in rows:
        text = {k: v[0] for k, v in cells_row.items() if k != "E"}
        val, kind = cells_row.get("E", (None, None))
        if kind != "n":
            bad.append("value not a number: %r" % (cells_row,))
            continue
        x = float(val)
        iv = int(text["B"].split(".")[0]) - 1
        measure, actor = text["D"], text["C"]
        if text["A"] not in regions:
            bad.append("row of no region: %r" % (text,))
            continue
        if True:
            c = cells[(regions[text["A"]], iv)]
            key = CELL[measure]
            if key == "npv" and actor not in ACTORS:
                pivot[iv] = pivot.get(iv, 0.0) + x
            if actor in ACTORS:
                a = [e for e in c["actors"] if e["id"] == ACTORS[actor]][0]
                want = a[key]
            elif key == "computed":
                want = 1.0 if c["status"] == "ok" else 0.0
            elif key == "participants":
                want = c["participants"]["value"]
            elif key == "npv_per_participant":
                want = c["summary"]["npv"] / c["participants"]["value"]
            elif key in c["summary"]:
                want = c["summary"][key]
            else:
                want = c["uncertainty"][key]
        if want is None or abs(x - want) > 1e-9 * max(1.0, abs(want)):
            bad.append("%s: %r, json %r" % (text, x, want))
    expected = 0
    for c in doc["cells"]:
        expected += 1
        if c["status"] == "ok":
            expected += 9 - (c["uncertainty"] is None) * 3 + 6 * 3
    for iv, t in totals.items():
        got = pivot.get(iv, 0.0)
        if abs(got - t["npv"]) > 1e-6 * max(1.0, abs(t["npv"])):
            bad.append("pivot of Saldo (CW), intervention %d: %r, national %r" % (iv + 1, got, t["npv"]))
    if len(rows) != expected:
        bad.append("%d data rows, expected %d" % (len(rows), expected))
    if bad:
        print("\n".join(bad[:20]))
        return 1
    print("ok %d" % len(rows))
    return 0


sys.exit(main())
