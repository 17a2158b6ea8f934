"""The pandas script a data analyst would write for the job `zoufang run` does (the end-to-end benchmark's anchor).

    python scripts/analyst_pandas.py RETURNS… -o DIR

Reads every return (.xlsx with read_excel(engine="calamine"), .csv as UTF-8 or GB18030), drops blank rows,
maps the built-in questionnaire's headings and spellings, keeps out the rows that cannot be placed (no
hamlet, no poverty category, neither a head name nor a valid ID), marks repeated households with the
tool's rule (key = head_id when it is a valid 18-digit ID number, else hamlet + head name; the first copy
in input order counts), tabulates hamlet × poverty with margins, and writes DIR/汇总.xlsx through openpyxl:
汇总表 (households by poverty and the other measures per hamlet, 合计), 按类别 and 明细 (every record with
its source file and row). It checks nothing else: it is the analyst's quick job, not the tool.
"""

import argparse
import os
import sys

import pandas as pd

FIELDS = {"问卷编号": "form_no", "行政村": "village", "自然社": "hamlet", "户主姓名": "head_name",
          "户主身份证号": "head_id", "联系电话": "phone", "贫困户类别": "poverty", "在校学生数": "students",
          "学生姓名": "student_names", "就读年级": "grades", "住校生人数": "boarders", "有无辍学风险": "dropout_risk",
          "发放一封信": "letter_given", "发放明白卡": "card_given", "走访方式": "method", "走访日期": "visit_date",
          "走访人": "visitors", "满意度": "satisfaction", "家庭困难": "difficulties", "意见建议": "suggestions",
          "处理情况": "follow_up"}
POVERTY = {"建档立卡贫困户": "建档立卡贫困户", "建档立卡户": "建档立卡贫困户", "贫困户": "建档立卡贫困户",
           "精准扶贫户": "建档立卡贫困户", "低保户": "低保户", "低保": "低保户", "边缘户": "边缘户", "监测户": "边缘户",
           "边缘易致贫户": "边缘户", "非贫困户": "非贫困户", "一般户": "非贫困户", "普通户": "非贫困户"}
POVERTY_ORDER = ["建档立卡贫困户", "低保户", "边缘户", "非贫困户"]
SATISFACTION = {"满意": "满意", "非常满意": "满意", "很满意": "满意", "基本满意": "基本满意", "比较满意": "基本满意",
                "一般": "基本满意", "不满意": "不满意", "不太满意": "不满意", "很不满意": "不满意"}
YES_NO = {"是": True, "有": True, "Y": True, "否": False, "无": False, "N": False}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def read_return(path):
    if path.lower().endswith(".csv"):
        try:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except UnicodeDecodeError:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="gb18030")
        frame = frame.replace("", None)
    else:
        frame = pd.read_excel(path, engine="calamine")
    frame = frame.rename(columns=FIELDS)
    frame.insert(0, "source_row", frame.index + 2)
    frame.insert(0, "source_file", path)
    return frame


def text(column):
    return column.astype("string").str.strip().replace("", pd.NA)


def check_char(number):
    return "10X98765432"[sum(int(digit) * weight for digit, weight in zip(number, ID_WEIGHTS)) % 11]


def valid_ids(ids):
    shaped = ids.str.fullmatch(r"\d{17}[\dXx]").fillna(False).astype(bool)
    born = pd.to_datetime(ids.where(shaped).str[6:14], format="%Y%m%d", errors="coerce").notna()
    candidates = ids[shaped & born]
    return pd.Series(ids.index.isin(candidates.index[[check_char(n) == n[17] for n in candidates]]), index=ids.index)


def prepare(frame):
    fields = frame.columns.drop(["source_file", "source_row"])
    frame = frame.dropna(how="all", subset=fields).copy()
    for column in ("hamlet", "head_name", "head_id", "poverty", "satisfaction", "suggestions"):
        frame[column] = text(frame[column])
    frame["head_name"] = frame["head_name"].str.replace(r"\s+", "", regex=True)
    frame["head_id"] = frame["head_id"].str.upper()
    frame["poverty"] = frame["poverty"].map(POVERTY)
    frame["satisfaction"] = frame["satisfaction"].map(SATISFACTION)
    for column in ("students", "boarders"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    for column in ("letter_given", "card_given", "dropout_risk"):
        frame[column] = text(frame[column]).map(YES_NO)
    id_ok = valid_ids(frame["head_id"])
    placeable = frame["hamlet"].notna() & frame["poverty"].notna() & (frame["head_name"].notna() | id_ok)
    records = frame[placeable].copy()
    records["key"] = records["head_id"].where(id_ok[placeable], records["hamlet"] + "|" + records["head_name"])
    records["counted"] = ~records["key"].duplicated()
    return records


def measures(counted, by):
    flags = counted.assign(
        satisfied=counted["satisfaction"] == "满意", fairly=counted["satisfaction"] == "基本满意",
        unsatisfied=counted["satisfaction"] == "不满意", with_suggestions=counted["suggestions"].notna())
    table = flags.groupby(by, sort=False).agg(
        在校学生数=("students", "sum"), 住校生人数=("boarders", "sum"), 发放一封信户数=("letter_given", "sum"),
        发放明白卡户数=("card_given", "sum"), 辍学风险户数=("dropout_risk", "sum"), 满意=("satisfied", "sum"),
        基本满意=("fairly", "sum"), 不满意=("unsatisfied", "sum"), 提出意见建议户数=("with_suggestions", "sum"))
    table.loc["合计"] = table.sum()
    return table.astype("int64")


def summary_tables(records):
    counted = records[records["counted"]]
    hamlets = list(pd.unique(counted["hamlet"])) + ["合计"]
    households = pd.pivot_table(counted, index="hamlet", columns="poverty", values="key", aggfunc="count",
                                fill_value=0, margins=True, margins_name="合计")
    households = households.reindex(index=hamlets, columns=POVERTY_ORDER + ["合计"], fill_value=0)
    by_hamlet = households.add_prefix("走访户数·").join(measures(counted, "hamlet"))
    by_poverty = counted.groupby("poverty").size().reindex(POVERTY_ORDER, fill_value=0).to_frame("走访户数")
    by_poverty.loc["合计"] = by_poverty["走访户数"].sum()
    by_poverty = by_poverty.join(measures(counted, "poverty"))
    return by_hamlet.rename_axis("自然社"), by_poverty.rename_axis("贫困户类别")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("returns", nargs="+")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    records = prepare(pd.concat([read_return(path) for path in args.returns], ignore_index=True))
    by_hamlet, by_poverty = summary_tables(records)
    detail = records.drop(columns=["key", "counted"]).rename(
        columns={"source_file": "来源文件", "source_row": "行号", **{v: k for k, v in FIELDS.items()}})
    os.makedirs(args.output, exist_ok=True)
    with pd.ExcelWriter(os.path.join(args.output, "汇总.xlsx"), engine="openpyxl") as writer:
        by_hamlet.to_excel(writer, sheet_name="汇总表")
        by_poverty.to_excel(writer, sheet_name="按类别")
        detail.to_excel(writer, sheet_name="明细", index=False)
    print(f"{len(records)} records, {int(records['counted'].sum())} counted → {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
