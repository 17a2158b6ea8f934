"""Realistic, deterministic household-visit data for zoufang's fixtures and large generated returns.

Shared by fixtures/reference/make, fixtures/duplicates/make and scripts/gen-returns: resident ID numbers
(GB 11643, ISO 7064 MOD 11-2 check digit), mobile numbers, Chinese names, and saving workbooks with
fixed timestamps so that regenerating a fixture gives byte-identical files.
"""

import datetime
import io
import struct
import zipfile

AREA_CODE = "530802"  # 云南省普洱市思茅区
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"

SURNAMES = "李王张杨刘陈赵罗周普字鲁白何叶刀胡段黄孙马苏高沈郭施"
GIVEN_CHARS = ("国 建 明 华 春 兰 云 丽 海 文 成 志 永 福 秀 英 芳 光 金 学 兴 正 开 忠 德 红 平 玉 "
               "家 顺 发 林 宏 富 贵 梅 琼 艳 荣 祥 仙 波 勇 军 伟 强 刚 涛 珍 丹 萍 凤 燕 坤 贤").split()
CHILD_CHARS = ("子 涵 浩 宇 欣 怡 梓 轩 佳 琪 俊 杰 雨 婷 思 雅 博 文 诗 晨 一 诺 可 馨 "
               "泽 明 嘉 瑶 天 佑 锦 程 若 彤 梦 洁 卓 然 皓 月 心 悦 书 瑜").split()
MOBILE_PREFIXES = ("130", "133", "135", "137", "138", "139", "150", "151", "152", "157", "158", "159",
                   "180", "182", "183", "187", "188", "189")
GRADES = ("一年级", "二年级", "三年级", "四年级", "五年级", "六年级")

# Fixed moment written into every generated file (the last day of the reference campaign).
FIXED_MOMENT = datetime.datetime(2018, 7, 22, 18, 0, 0)


def id_check_char(first17: str) -> str:
    return ID_CHECK_CHARS[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS)) % 11]


def id_number(rng, birth: datetime.date, male: bool) -> str:
    """An 18-character resident ID of 思茅区 with a real birth date and a correct check digit."""
    order = rng.randrange(0, 500) * 2 + (1 if male else 0)  # 17th digit: odd for men, even for women
    first17 = f"{AREA_CODE}{birth:%Y%m%d}{order:03d}"
    return first17 + id_check_char(first17)


def birth_date(rng, first_year: int, last_year: int) -> datetime.date:
    start = datetime.date(first_year, 1, 1).toordinal()
    end = datetime.date(last_year, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def mobile(rng) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def adult_name(rng, surname=None) -> str:
    given = rng.choice(GIVEN_CHARS) + (rng.choice(GIVEN_CHARS) if rng.random() < 0.75 else "")
    return (surname or rng.choice(SURNAMES)) + given


def child_name(rng, surname: str) -> str:
    given = rng.choice(CHILD_CHARS) + (rng.choice(CHILD_CHARS) if rng.random() < 0.8 else "")
    return surname + given


class UniqueNames:
    """Draws names until one is new, so that no two people share a name by accident."""

    def __init__(self):
        self.used = set()

    def take(self, draw):
        while True:
            name = draw()
            if name not in self.used and len(name) >= 2:
                self.used.add(name)
                return name


def pin_zip_timestamps(path, moment=FIXED_MOMENT):
    """Sets every entry's DOS date and time, in the local headers and the central directory, in place.

    Only those bytes change: the archive keeps the writer's own layout (data descriptors, compression).
    """
    dos_time = (moment.hour << 11) | (moment.minute << 5) | (moment.second // 2)
    dos_date = ((moment.year - 1980) << 9) | (moment.month << 5) | moment.day
    stamp = struct.pack("<HH", dos_time, dos_date)
    data = bytearray(open(path, "rb").read())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        entries = archive.infolist()
    for entry in entries:
        data[entry.header_offset + 10:entry.header_offset + 14] = stamp
    position = data.rfind(b"PK\x05\x06")
    count, size, start = struct.unpack_from("<HII", data, position + 10)
    for _ in range(count):
        assert data[start:start + 4] == b"PK\x01\x02"
        data[start + 12:start + 16] = stamp
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, start + 28)
        start += 46 + name_length + extra_length + comment_length
    open(path, "wb").write(bytes(data))


def save_openpyxl(workbook, path, creator="openpyxl"):
    """Saves an openpyxl workbook with fixed document dates and zip timestamps (byte-identical reruns)."""
    from openpyxl.writer.excel import ExcelWriter

    workbook.properties.creator = creator
    workbook.properties.created = FIXED_MOMENT
    workbook.properties.modified = FIXED_MOMENT
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    pin_zip_timestamps(path)


def resave_with_libreoffice(source, out_dir):
    """Converts an .xlsx through LibreOffice headless so the result is LibreOffice-written."""
    import os
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "xlsx", "--outdir", out_dir, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    result = os.path.join(out_dir, os.path.basename(source))
    pin_zip_timestamps(result)
    return result


def markdown_table(header, lines):
    """A Markdown table for the EXPECTED.md files."""
    text = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(text + ["| " + " | ".join(str(c) for c in line) + " |" for line in lines]) + "\n"


def dump_json(value):
    """JSON for files people diff: top-level keys one per line, list items one per line."""
    import json

    def one(v):
        return json.dumps(v, ensure_ascii=False)

    def field(v):
        if isinstance(v, list) and v and isinstance(v[0], dict):
            return "[\n  " + ",\n  ".join(one(item) for item in v) + "\n ]"
        return one(v)

    return "{\n" + ",\n".join(f" {one(k)}: {field(v)}" for k, v in value.items()) + "\n}\n"


def write_expected_check(path, sheets, issues):
    """expected-check.json: what `zoufang check --format json` must report, without the human messages.

    `sheets` are per-sheet accounting dicts (file, sheet, header_row, rows, records, blank_rows,
    skipped_rows, rejected_rows) in input order; empty `value`, `fields` and `other` keys are left out.
    """
    counters = ("records", "blank_rows", "skipped_rows", "rejected_rows")
    inputs = []
    for sheet in sheets:
        if not inputs or inputs[-1]["file"] != sheet["file"]:
            inputs.append({"file": sheet["file"], "sheets": []})
        inputs[-1]["sheets"].append({k: v for k, v in sheet.items() if k != "file"})
    report = {"inputs": inputs, **{c: sum(s[c] for s in sheets) for c in counters},
              "issues": [{k: v for k, v in i.items() if v not in ("", [], None)} for i in issues],
              "counts": {s: sum(i["severity"] == s for i in issues) for s in ("error", "warning")}}
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(dump_json(report))
