"""The anchor readers the benchmarks compare ours with, one per process:

    python anchors.py TOOL FILE

Each reads every cell of the first sheet (or the whole CSV file) the way that library is normally used and
prints the number of non-empty cells, so all of them do the same work: decode, parse, make a value per cell.
"""

import sys


def calamine(path):
    from python_calamine import CalamineWorkbook
    sheet = CalamineWorkbook.from_path(path).get_sheet_by_index(0)
    return sum(1 for row in sheet.iter_rows() for value in row if value != "")


def openpyxl_read_only(path):
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = sum(1 for row in book.worksheets[0].iter_rows(values_only=True) for value in row if value is not None)
    book.close()
    return cells


def pandas_excel(path):
    import pandas
    return int(pandas.read_excel(path, engine="calamine", header=None).count().sum())


def python_csv(path):
    import csv
    with open(path, encoding=encoding_of(path), newline="") as stream:
        return sum(1 for row in csv.reader(stream) for value in row if value)


def pandas_csv(path):
    import pandas
    frame = pandas.read_csv(path, dtype=str, header=None, encoding=encoding_of(path), keep_default_na=False)
    return int((frame != "").sum().sum())


def duckdb_csv(path):
    import duckdb
    query = "select * from read_csv(?, all_varchar = true, header = false)"
    return sum(1 for row in duckdb.connect().execute(query, [path]).fetchall() for value in row if value)


def encoding_of(path):
    return "gb18030" if path.endswith(".gb18030.csv") else "utf-8-sig"


TOOLS = {"calamine": calamine, "openpyxl": openpyxl_read_only, "pandas-excel": pandas_excel,
         "python-csv": python_csv, "pandas-csv": pandas_csv, "duckdb-csv": duckdb_csv}

if __name__ == "__main__":
    print(TOOLS[sys.argv[1]](sys.argv[2]))
