"""Large deterministic household-visit returns for benchmarks and property tests (see scripts/gen-returns).

One pass draws each row once and writes it three ways: returns-ROWS.xlsx (XlsxWriter), returns-ROWS.csv
(UTF-8 with BOM) and returns-ROWS.gb18030.csv, plus returns-ROWS.summary.json with what was planted.
Every household has a unique valid ID number and a unique mobile (both drawn through a bijection on
their number space, so no set of a million strings is kept); about 1 % of rows carry one realistic
error, about 0.7 % repeat an earlier household (exactly, or with a changed phone and pupil count), and a
few rows are blank.
"""

import argparse
import csv
import datetime
import json
import math
import os
import random
import sys
import time

import xlsxwriter

import household_data as hd

LABELS = ("问卷编号", "行政村", "自然社", "户主姓名", "户主身份证号", "联系电话", "贫困户类别", "在校学生数", "学生姓名",
          "就读年级", "住校生人数", "有无辍学风险", "发放一封信", "发放明白卡", "走访方式", "走访日期", "走访人",
          "满意度", "家庭困难", "意见建议", "处理情况")
VILLAGES = ("箐门口村", "南屏村", "倚象村", "大寨村", "曼窝村", "竹林村", "整碗村", "六顺村", "龙潭村", "云仙村",
            "思茅港村", "大平掌村", "那澜村", "茨竹林村", "坝心村", "普洱村", "松山村", "芒坝村", "小黑江村", "石膏箐村")
HAMLET_HEADS = ("大", "小", "上", "下", "新", "老", "中", "后", "前", "岔")
HAMLET_TAILS = ("寨", "箐", "平掌", "河边", "坡头", "村", "坝", "田", "冲", "树林", "箐口", "山", "水井", "梁子",
                "凹子", "地", "厂", "沟", "湾", "岭")
POVERTY = (("建档立卡贫困户", 12), ("贫困户", 2), ("低保户", 7), ("低保", 1), ("边缘户", 5), ("监测户", 1),
           ("非贫困户", 62), ("一般户", 10))
METHODS = (("个别走访", 70), ("入户走访", 5), ("座谈交流", 15), ("问卷调查", 10))
SATISFACTION = (("满意", 62), ("非常满意", 8), ("基本满意", 22), ("比较满意", 4), ("不满意", 3), ("不太满意", 1))
DIFFICULTIES = ("家庭经济困难，资金不足", "父母外出务工，孩子由老人照看", "因病致贫，医疗负担重", "住房困难，房屋漏雨",
                "孩子上学路远，交通不便", "单亲家庭，无力照顾孩子学习", "缺少劳动力，收入不稳定")
SUGGESTIONS = ("住校生没有按年级住，造成以大欺小", "学校基础设施有待进一步完善", "资金不足，希望多给困难学生一些帮助",
               "希望学校加强安全教育,特别是雨季上学路上", "希望多开展家长会，及时了解孩子在校情况", "希望改善学校食堂伙食")
FOLLOW_UPS = ("已登记，上报学校研究", "已向学校反映", "已向家长解释相关政策", "已协调解决")
CAMPAIGN_DAYS = [datetime.date(2018, 7, day) for day in range(17, 23)]
EXCEL_EPOCH = datetime.date(1899, 12, 30)
ID_DAYS_START = datetime.date(1960, 1, 1).toordinal()
ID_DAYS = datetime.date(1995, 12, 31).toordinal() - ID_DAYS_START + 1
FIELD_IDS = ("form_no", "village", "hamlet", "head_name", "head_id", "phone", "poverty", "students",
             "student_names", "grades", "boarders", "dropout_risk", "letter_given", "card_given", "method",
             "visit_date", "visitors", "satisfaction", "difficulties", "suggestions", "follow_up")
COLUMN = {name: index for index, name in enumerate(FIELD_IDS)}
ERROR_KINDS = ("missing_visit_date", "missing_students", "boolean_typo", "students_text", "lost_digits",
               "bad_id_checksum", "bad_phone", "boarders_over_students", "date_outside_window",
               "name_count_mismatch")


def weighted(pairs):
    """A list to draw from uniformly that repeats each value by its weight."""
    return [value for value, weight in pairs for _ in range(weight)]


class Bijection:
    """i ↦ (a·i + b) mod n with gcd(a, n) = 1: distinct indices give distinct values, with no memory."""

    def __init__(self, rng, n):
        self.n, self.b = n, rng.randrange(n)
        self.a = rng.randrange(n // 3, n)
        while math.gcd(self.a, n) != 1:
            self.a += 1

    def __call__(self, i):
        return (self.a * i + self.b) % self.n


class RowMaker:
    """Draws household rows as Python values: text, int, float (a number that lost digits), or date.

    As teachers key them: ID numbers as text, three mobiles in ten as numbers (11 digits survive)."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        rng = self.rng
        self.hamlets = [(h + t, VILLAGES[i % len(VILLAGES)])
                        for i, (h, t) in enumerate((h, t) for t in HAMLET_TAILS for h in HAMLET_HEADS)]
        self.teachers = [hd.adult_name(rng) for _ in range(300)]
        self.poverty, self.methods = weighted(POVERTY), weighted(METHODS)
        self.satisfaction = weighted(SATISFACTION)
        self.id_index = Bijection(rng, ID_DAYS * 1000)
        self.phone_index = Bijection(rng, len(hd.MOBILE_PREFIXES) * 10**8)

    def id_number(self, i):
        day, order = divmod(self.id_index(i), 1000)
        birth = datetime.date.fromordinal(ID_DAYS_START + day)
        first17 = f"{hd.AREA_CODE}{birth:%Y%m%d}{order:03d}"
        return first17 + hd.id_check_char(first17)

    def phone(self, i):
        prefix, rest = divmod(self.phone_index(i), 10**8)
        return f"{hd.MOBILE_PREFIXES[prefix]}{rest:08d}"

    def household(self, i):
        rng = self.rng
        r = rng.random
        hamlet, village = self.hamlets[int(r() * len(self.hamlets))]
        head = hd.adult_name(rng)
        students = (0, 1, 1, 1, 2, 2, 2, 3, 3, 4)[int(r() * 10)]
        grades = sorted(rng.sample(range(6), students))
        pupils = "、".join(hd.child_name(rng, head[0]) for _ in grades)
        boarders = sum(1 for g in grades if g >= 3 and r() < 0.5)
        visitors = self.teachers[int(r() * 300)] + ("、" + self.teachers[int(r() * 300)] if r() < 0.6 else "")
        phone = self.phone(i)
        return [f"{i + 1:07d}", village, hamlet, head, self.id_number(i), int(phone) if r() < 0.3 else phone,
                self.poverty[int(r() * 100)], students, pupils, "、".join(hd.GRADES[g] for g in grades), boarders,
                "有" if r() < 0.02 else "无", "是" if r() < 0.97 else "否", "是" if r() < 0.85 else "否",
                self.methods[int(r() * 100)], CAMPAIGN_DAYS[int(r() * 6)], visitors,
                self.satisfaction[int(r() * 100)],
                DIFFICULTIES[int(r() * 7)] if r() < 0.25 else "", SUGGESTIONS[int(r() * 6)] if r() < 0.12 else "",
                FOLLOW_UPS[int(r() * 4)] if r() < 0.08 else ""]

    def plant_error(self, row, kind):
        """One realistic keying error of the given kind, in place."""
        c = COLUMN
        if kind == "missing_visit_date":
            row[c["visit_date"]] = ""
        elif kind == "missing_students":  # the whole pupil block left empty
            row[c["students"]:c["boarders"] + 1] = ["", "", "", ""]
        elif kind == "boolean_typo":
            row[c["letter_given"]] = self.rng.choice(("是的", "发了", "有的"))
        elif kind == "students_text":
            row[c["students"]] = "几个"
        elif kind == "lost_digits":  # typed into a General cell: Excel keeps 15 digits
            row[c["head_id"]] = float(row[c["head_id"]][:15] + "000")
        elif kind == "bad_id_checksum":
            check = row[c["head_id"]][17]
            row[c["head_id"]] = row[c["head_id"]][:17] + hd.ID_CHECK_CHARS[(hd.ID_CHECK_CHARS.index(check) + 1) % 11]
        elif kind == "bad_phone":
            row[c["phone"]] = str(row[c["phone"]])[:10]
        elif kind == "boarders_over_students":
            row[c["boarders"]] = row[c["students"]] + 1
        elif kind == "date_outside_window":
            row[c["visit_date"]] = datetime.date(2018, 8, 3)
        elif kind == "name_count_mismatch":
            names = row[c["student_names"]]
            row[c["student_names"]] = (names + "、" if names else "") + hd.child_name(self.rng, row[c["head_name"]][0])


def csv_text(value):
    """What Excel writes into a CSV for a cell: dates in the short date format, 15 significant digits."""
    if isinstance(value, datetime.date):
        return f"{value.year}/{value.month}/{value.day}"
    if isinstance(value, float):
        mantissa, exponent = f"{value:.5E}".split("E")  # Excel's General display: 5.30802E+17
        return f"{mantissa.rstrip('0').rstrip('.')}E{exponent}"
    return str(value)


class XlsxSink:
    """returns-ROWS.xlsx through XlsxWriter.

    Per-cell API calls cost about 20 µs a row's cell, too slow for a million rows, so by default the data
    rows are rendered here in exactly the XML XlsxWriter's constant_memory mode writes (inline strings,
    numbers with %.16G, the date format's xf index) and appended to XlsxWriter's own row file; XlsxWriter
    still writes the header row and every other part of the package. `cells="api"` writes every cell
    through the API instead (the output is byte-identical; used to check the fast path), and
    `cells="shared"` uses XlsxWriter's default mode with a shared string table (memory grows with rows).
    """

    def __init__(self, path, cells):
        self.cells = cells
        self.workbook = xlsxwriter.Workbook(path, {"constant_memory": cells != "shared"})
        self.workbook.set_properties({"title": "走访登记表", "created": hd.FIXED_MOMENT})
        self.sheet = self.workbook.add_worksheet("走访登记")
        self.date = self.workbook.add_format({"num_format": "yyyy-mm-dd"})
        self.serials = {d: (d - EXCEL_EPOCH).days for d in CAMPAIGN_DAYS + [datetime.date(2018, 8, 3)]}
        for column, label in enumerate(LABELS):
            self.sheet.write_string(0, column, label)
        self.last_row = 0
        if cells == "fast":
            self.sheet._write_single_row(1)  # flush the header row to the row file before appending rows
            self.date_style = f' s="{self.date._get_xf_index()}"'
            self.columns = [xlsxwriter.utility.xl_col_to_name(c) for c in range(len(LABELS))]

    def write(self, row_number, row):
        if self.cells == "fast":
            self.append_row_xml(row_number, row)
            return
        for column, value in enumerate(row):
            if value == "":
                continue
            if isinstance(value, str):
                self.sheet.write_string(row_number, column, value)
            elif isinstance(value, datetime.date):
                self.sheet.write_number(row_number, column, self.serials[value], self.date)
            else:
                self.sheet.write_number(row_number, column, value)

    def append_row_xml(self, row_number, row):
        r = str(row_number + 1)
        parts = []
        for column, value in enumerate(row):
            if value == "":
                continue
            ref = self.columns[column] + r
            if isinstance(value, str):
                text = value
                if "&" in text or "<" in text or ">" in text:
                    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t{space}>{text}</t></is></c>')
            elif isinstance(value, datetime.date):
                parts.append(f"<c r=\"{ref}\"{self.date_style}><v>{self.serials[value]}</v></c>")
            else:
                parts.append(f"<c r=\"{ref}\"><v>{value:.16G}</v></c>")
        if parts:
            self.sheet.fh.write(f'<row r="{r}">{"".join(parts)}</row>')
            self.last_row = row_number

    def close(self):
        if self.cells == "fast":
            self.sheet._check_dimensions(self.last_row, len(LABELS) - 1)
            self.sheet.previous_row = self.last_row
        self.workbook.close()


# Share of rows (cumulative) that are blank, repeat a household exactly, repeat it with a different phone
# and pupil count, or carry one keying error; --problem-scale multiplies them (20 gives about a third).
PROBLEM_RATES = (0.0005, 0.0055, 0.0075, 0.0175)


def generate(rows, out_dir, seed, cells="fast", problem_scale=1.0):
    blank, exact, conflicting, error = (min(1.0, rate * problem_scale) for rate in PROBLEM_RATES)
    maker = RowMaker(seed)
    rng = random.Random(seed + 1)
    planted = {kind: 0 for kind in ERROR_KINDS + ("blank_rows", "exact_repeats", "conflicting_repeats")}
    os.makedirs(out_dir, exist_ok=True)
    base = os.path.join(out_dir, f"returns-{rows}")
    xlsx = XlsxSink(base + ".xlsx", cells)
    with open(base + ".csv", "w", encoding="utf-8-sig", newline="") as utf8, \
            open(base + ".gb18030.csv", "w", encoding="gb18030", newline="") as gb:
        writers = [csv.writer(utf8, lineterminator="\r\n"), csv.writer(gb, lineterminator="\r\n")]
        for writer in writers:
            writer.writerow(LABELS)
        recent, households = [], 0
        for number in range(1, rows + 1):
            draw = rng.random()
            if draw < blank:
                row, kind = [""] * len(LABELS), "blank_rows"
            elif draw < exact and recent:
                row, kind = list(rng.choice(recent)), "exact_repeats"
            elif draw < conflicting and recent:
                row, kind = list(rng.choice(recent)), "conflicting_repeats"
                row[COLUMN["phone"]] = maker.phone(rows + number)
                students = row[COLUMN["students"]]
                row[COLUMN["students"]] = students + 1 if isinstance(students, int) else 1
                row[COLUMN["student_names"]] = ""
            else:
                row, kind = maker.household(households), None
                households += 1
                if draw < error:
                    kind = ERROR_KINDS[int(rng.random() * len(ERROR_KINDS))]
                    maker.plant_error(row, kind)
                recent.append(row)
                if len(recent) > 2000:
                    recent = recent[1000:]
            if kind:
                planted[kind] += 1
            xlsx.write(number, row)
            text = [v if type(v) is str else csv_text(v) for v in row]
            for writer in writers:
                writer.writerow(text)
    xlsx.close()
    summary = {"rows": rows, "seed": seed, "problem_scale": problem_scale, "new_households": households,
               "planted": planted,
               "xlsx_strings": "shared" if cells == "shared" else "inline (XlsxWriter constant_memory)"}
    with open(base + ".summary.json", "w", encoding="utf-8") as stream:
        json.dump(summary, stream, ensure_ascii=False, indent=1)
        stream.write("\n")
    return summary


def main():
    parser = argparse.ArgumentParser(prog="gen-returns",
                                     description="Writes deterministic large household-visit returns.")
    parser.add_argument("rows", type=int, help="household rows (data rows below the header)")
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=20180717)
    parser.add_argument("--problem-scale", type=float, default=1.0,
                        help="multiplies the rates of blank rows, repeats and errors (default 1: about 1.75 %%)")
    parser.add_argument("--xlsx-cells", choices=("fast", "api", "shared"), default="fast",
                        help="fast: data rows rendered as XlsxWriter constant_memory writes them (default); "
                             "api: every cell through XlsxWriter's API (same bytes, ~10x slower); "
                             "shared: XlsxWriter's default mode with shared strings, as Excel writes "
                             "(every cell held in memory: smaller files only)")
    args = parser.parse_args()
    if not 1 <= args.rows <= 1_048_575:
        parser.error("rows must be between 1 and 1048575 (one sheet)")
    started = time.monotonic()
    summary = generate(args.rows, args.out_dir, args.seed, args.xlsx_cells, args.problem_scale)
    print(f"gen-returns: {args.rows} rows in {time.monotonic() - started:.1f} s → {args.out_dir}: "
          f"{json.dumps(summary['planted'], ensure_ascii=False)}", file=sys.stderr)


if __name__ == "__main__":
    main()
