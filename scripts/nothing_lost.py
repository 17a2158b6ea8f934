"""Random returns for the nothing-lost differential test (Tests/RobustnessTests/NothingLostTests.swift).

nothing_lost.py OUTDIR SEED ROWS writes one seeded sheet of ROWS data rows — households (some with a
realistic keying error, some repeated), blank rows, total rows and junk rows — as openpyxl .xlsx and as
Python csv in utf-8, utf-8-sig, gb18030 and utf-16, and expected.json with what each file holds: rows
(the header's data rows up to the last one holding a value), households, blank rows, junk rows, and the
row number of every household.
"""

import csv
import json
import os
import random
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_returns as gr  # noqa: E402

ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16")
# Rows a teacher adds that are not households: each must end skipped or rejected, never a record.
JUNK = (["合计"] + [""] * 6 + ["{students}"], ["总计：", "", "", "", "", "", "", "{students}"],
        ["填表人：", "", "", "", "", "审核人："], ["以上情况属实"], ["备注", "", "", "", "", "", "", "", "", "", "此行为说明"])


def sheet_rows(seed, count):
    rng = random.Random(seed)
    maker = gr.RowMaker(seed)
    rows, kinds, made, students = [], [], [], 0
    for _ in range(count):
        draw = rng.random()
        if draw < 0.08:
            rows.append([""] * len(gr.LABELS))
            kinds.append("blank")
        elif draw < 0.13:
            junk = [cell.format(students=students) for cell in rng.choice(JUNK)]
            rows.append(junk + [""] * (len(gr.LABELS) - len(junk)))
            kinds.append("junk")
        elif draw < 0.20 and made:
            rows.append(list(rng.choice(made)))
            kinds.append("household")
        else:
            row = maker.household(len(made))
            if draw > 0.85:
                maker.plant_error(row, rng.choice(gr.ERROR_KINDS))
            made.append(row)
            rows.append(row)
            kinds.append("household")
        if kinds[-1] == "household" and isinstance(rows[-1][gr.COLUMN["students"]], int):
            students += rows[-1][gr.COLUMN["students"]]
    # The last data row holds a value: blank rows after it would not be counted as rows.
    while kinds[-1] == "blank":
        rows.pop()
        kinds.pop()
    return rows, kinds


def text(value):
    return value if isinstance(value, str) else gr.csv_text(value)


def main():
    out, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    rows, kinds = sheet_rows(seed, count)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "走访"
    sheet.append(gr.LABELS)
    for row in rows:
        sheet.append([None if value == "" else value for value in row])
    names = [f"返回表-{seed}.xlsx"]
    book.save(os.path.join(out, names[0]))
    for encoding in ENCODINGS:
        name = f"返回表-{seed}-{encoding}.csv"
        with open(os.path.join(out, name), "w", encoding=encoding, newline="") as stream:
            writer = csv.writer(stream, lineterminator="\r\n")
            writer.writerow(gr.LABELS)
            writer.writerows([text(value) for value in row] for row in rows)
        names.append(name)
    expected = {"rows": len(rows), "households": kinds.count("household"), "blank": kinds.count("blank"),
                "junk": kinds.count("junk"),
                "household_rows": [number + 2 for number, kind in enumerate(kinds) if kind == "household"],
                "files": names}
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as stream:
        json.dump(expected, stream, ensure_ascii=False)


main()
