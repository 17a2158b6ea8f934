"""Turns each fixture workbook into a parts-form seed for fuzz/xlsx (the parts its main.swift expects,
in its order, joined by its separator): the first sheet, shared strings, styles, workbook, workbook
relationships, content types and package relationships, each as the fixture wrote it."""
import pathlib
import sys
import zipfile

SEPARATOR = b"\n@@PART@@\n"
FIXED = ["xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
         "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "_rels/.rels"]

out = pathlib.Path(sys.argv[1])
for name in sys.argv[2:]:
    try:
        package = zipfile.ZipFile(name)
        names = package.namelist()
    except (zipfile.BadZipFile, OSError):
        continue
    sheets = sorted(n for n in names if n.startswith("xl/worksheets/sheet") and n.endswith(".xml"))
    if not sheets:
        continue
    parts = [package.read(sheets[0])]
    for part in FIXED:
        try:
            parts.append(package.read(part) if part in names else b"")
        except Exception:
            parts.append(b"")
    (out / (pathlib.Path(name).stem + ".parts")).write_bytes(SEPARATOR.join(parts))
