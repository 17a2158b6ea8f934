"""How many rows the 明细 sheet of a written workbook holds, so the end-to-end section can show that ours and
the pandas script wrote the same records: from the sheet's <dimension>, else by counting its <row> tags."""

import glob
import os
import re
import zipfile
import zlib


def sheet_part(book, name):
    workbook = book.read("xl/workbook.xml").decode("utf-8")
    sheet = re.search(rf'<(?:\w+:)?sheet\b[^>]*\bname="{name}"[^>]*>', workbook)
    if not sheet:
        return None
    relation = re.search(r'\br:id="([^"]+)"', sheet.group(0)).group(1)
    relations = book.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    target = re.search(rf'<Relationship\b[^>]*\bId="{relation}"[^>]*>', relations).group(0)
    path = re.search(r'\bTarget="([^"]+)"', target).group(1)
    return path.lstrip("/") if path.startswith("/") else "xl/" + path


def last_row(book, part):
    with book.open(part) as stream:
        head = stream.read(4096).decode("utf-8", errors="ignore")
        dimension = re.search(r'<(?:\w+:)?dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"', head)
        if dimension:
            return int(dimension.group(1))
        rows, tail = head.count("<row "), b""
        while chunk := stream.read(1 << 20):
            rows += (tail + chunk).count(b"<row ")
            tail = chunk[-4:]
        return rows


def detail_rows(directory, sheet="明细"):
    """Rows of the named sheet (header included) in the first .xlsx below `directory` that has it."""
    for path in sorted(glob.glob(os.path.join(directory, "**", "*.xlsx"), recursive=True)):
        try:
            with zipfile.ZipFile(path) as book:
                part = sheet_part(book, sheet)
                if part:
                    return last_row(book, part)
        except (zipfile.BadZipFile, KeyError, AttributeError, zlib.error):
            continue
    return None
