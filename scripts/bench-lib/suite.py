"""The comparisons behind scripts/bench, each written into its section of BENCHMARKS.md.

    python suite.py --zoufang PATH --data DIR --out DIR [--quick] [--runs N] [--only a,b] [--command TEXT]

scripts/bench installs the tools, builds zoufang and generates the inputs, then runs this with the venv's
Python. The reader and writer comparisons are delegated to their areas' scripts (scripts/bench-xlsx-read,
-csv-read, -xlsx-write) so that their numbers are produced one way; end to end and scale are measured here
with measure.py.
"""

import argparse
import datetime
import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

from detail_rows import detail_rows
from machine import OtherLoad, describe_machine
from markdown_sections import replace_part
from measure import commands_list, comparison_table, failed, measure

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
READ_EXCEL_PANDAS = os.path.relpath(os.path.join(HERE, "read_excel_pandas.py"), ROOT)
SMALL, LARGE = 200_000, 1_000_000


def runs_said(results):
    return ", ".join(f"{result.name} {len(result.walls)}×" for result in results if result.ok)


def read_bytes(path):
    with open(path, "rb") as stream:
        return stream.read()


class Suite:
    def __init__(self, args):
        self.args, self.python = args, os.path.relpath(sys.executable, ROOT) if sys.executable.startswith(ROOT) \
            else sys.executable
        self.runs = args.runs
        self.results = {}

    def log(self, message):
        print(f"bench: {message}", file=sys.stderr, flush=True)

    def returns(self, rows):
        return os.path.join(self.args.data, f"returns-{rows}.xlsx")

    def warm(self, path):
        """Reads an input once so that every tool finds it in the page cache."""
        with open(path, "rb") as stream:
            while stream.read(1 << 24):
                pass

    def measure(self, section, name, command, runs, **options):
        result = measure(name, command, runs, log=self.log, **options)
        self.results.setdefault(section, []).append(result.as_json())
        return result

    def stamp(self, started, load):
        minutes = (time.monotonic() - started) / 60
        when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        return f"_Measured {when} by `{self.args.command}` ({minutes:.1f} min for this section; {load.describe()})._"

    def delegate(self, script, arguments, inputs=(), env=None):
        """Runs a per-area benchmark script; its stdout (Markdown) becomes the section's table.

        `inputs` are glob patterns of the files the script generates for itself and reuses when present;
        they are deleted when the script has changed since they were made (a stamp holds its hash)."""
        if not os.access(os.path.join(ROOT, script), os.X_OK):
            return f"Not measured: {script} (this comparison's own script) is not in this checkout."
        stamp = os.path.join(self.args.data, os.path.basename(script) + ".stamp")
        digest = hashlib.sha256(read_bytes(os.path.join(ROOT, script))).hexdigest()
        if not os.path.exists(stamp) or read_bytes(stamp).decode() != digest:
            for path in (path for pattern in inputs for path in glob.glob(pattern)):
                self.log(f"{script} changed: removing its old input {path}")
                shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
        command = [script, *arguments]
        self.log(f"delegating to {' '.join(command)}")
        process = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, "PYTHON": self.python, **(env or {})})
        if process.returncode != 0:
            return f"`{' '.join(command)}` failed with exit status {process.returncode} (its stderr went to the log)."
        with open(stamp, "w") as stream:
            stream.write(digest)
        shown = " ".join(f"{name}={value}" for name, value in (env or {}).items())
        return f"Delegated to `{shown + ' ' if shown else ''}{' '.join(command)}`:\n\n{process.stdout.strip()}"

    # XLSX read ------------------------------------------------------------------------------------------

    def xlsx_read(self):
        inputs = (os.path.join(self.args.data, "household-*.xlsx"), os.path.join(self.args.data, "tall-*.xlsx"))
        delegated = self.delegate("scripts/bench-xlsx-read", [str(SMALL)], inputs, {"RUNS": str(self.runs)})
        path = os.path.join(self.args.data, f"household-{SMALL}.xlsx")
        if not os.path.exists(path):
            return delegated
        self.warm(path)
        results = [self.measure("xlsx-read", "ours", [self.args.zoufang, "cat", path, "--format", "count"], self.runs),
                   self.measure("xlsx-read", "pandas read_excel(engine=calamine)",
                                [self.python, READ_EXCEL_PANDAS, path], self.runs)]
        return (f"{delegated}\n\npandas, which that script does not run, on the same file, measured by the suite "
                f"({runs_said(results)}):\n\n"
                f"{comparison_table(results, throughput=(SMALL, 'rows'))}\n\n{commands_list(results)}")

    # CSV read and XLSX write ----------------------------------------------------------------------------

    def csv_read(self):
        work = os.path.join(self.args.data, "csv-read")
        return self.delegate("scripts/bench-csv-read", [str(self.runs)], [work], {"BENCH_DIR": work})

    def xlsx_write(self):
        return self.delegate("scripts/bench-xlsx-write", [str(SMALL), str(self.runs)])

    # End to end -----------------------------------------------------------------------------------------

    def end_to_end(self):
        rows = SMALL if self.args.quick else LARGE
        path = self.returns(rows)
        self.warm(path)
        outputs = {name: os.path.join(self.args.out, f"e2e-{name}") for name in ("ours", "pandas")}
        ours = self.measure("end-to-end", "ours", [self.args.zoufang, "run", path, "-o", outputs["ours"]], self.runs,
                            ok_status=(0, 1), prepare=["rm", "-rf", outputs["ours"]])
        pandas = self.measure("end-to-end", "pandas analyst script",
                              [self.python, "scripts/analyst_pandas.py", path, "-o", outputs["pandas"]],
                              self.runs, prepare=["rm", "-rf", outputs["pandas"]])
        verdict = "not measured (a run failed)"
        if ours.ok and pandas.ok:
            faster, leaner = pandas.wall / ours.wall, ours.rss_mb / pandas.rss_mb
            met = "met" if faster >= 10 and leaner <= 0.25 else "**not met**"
            verdict = (f"ours is {faster:.1f}× faster with {leaner:.2f} of the peak memory "
                       f"(target ≥ 10× faster with ≤ 0.25 of the memory: {met})")
        written = ", ".join(f"{name} {detail_rows(directory) or 'none'}" for name, directory in outputs.items())
        return (f"**{rows:,} rows** (`{path}`): read, type, validate, tabulate hamlet × poverty and write the summary "
                f"workbook with the 明细 sheet of every record. The pandas script "
                f"is scripts/analyst_pandas.py ({runs_said([ours, pandas])}). Result: {verdict}. "
                f"Rows of the 明细 sheets written, header included: {written}.\n\n"
                f"{comparison_table([ours, pandas], throughput=(rows, 'rows'))}\n\n{commands_list([ours, pandas])}")

    # Scale ----------------------------------------------------------------------------------------------

    def scale(self):
        sizes = (10_000, 100_000, SMALL if self.args.quick else LARGE)
        results = []
        for rows in sizes:
            path = self.returns(rows)
            self.warm(path)
            result = self.measure("scale", f"{rows:,} rows", [self.args.zoufang, "check", path, "--format", "json"],
                                  self.runs, ok_status=(0, 1))
            results.append((rows, result))
        lines = ["| rows | runs | wall s (median) | CPU s (median) | µs per row (wall) | peak RSS MB |",
                 "|---|---|---|---|---|---|"]
        for rows, result in results:
            if not result.ok:
                lines.append(f"| {rows:,} | {failed(result)} | | | | |")
                continue
            lines.append(f"| {rows:,} | {len(result.walls)} | {result.wall:.2f} | {result.cpu:.2f} | "
                         f"{result.wall / rows * 1e6:.1f} | {result.rss_mb:.0f} |")
        summary = ""
        (small_rows, small), (large_rows, large) = results[1], results[2]
        if small.ok and large.ok and results[0][1].ok:
            summary = (f"From {small_rows:,} to {large_rows:,} rows the time per row changes by "
                       f"{(large.wall / large_rows) / (small.wall / small_rows):.2f}× (1.00 = linear) and peak RSS "
                       f"by {large.rss_mb / results[0][1].rss_mb:.2f}× over {results[0][0]:,} rows (1.00 = flat).\n\n")
        return (f"`zoufang check FILE --format json` over the generated .xlsx at each size.\n\n{summary}"
                + "\n".join(lines) + "\n\n" + commands_list([r for _, r in results]))


SECTIONS = {"xlsx-read": ("XLSX read", Suite.xlsx_read), "csv-read": ("CSV read", Suite.csv_read),
            "xlsx-write": ("XLSX write", Suite.xlsx_write), "end-to-end": ("End to end", Suite.end_to_end),
            "scale": ("Scale", Suite.scale)}


def main():
    parser = argparse.ArgumentParser(description="Runs the benchmark comparisons into BENCHMARKS.md.")
    parser.add_argument("--zoufang", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default=",".join(SECTIONS))
    parser.add_argument("--command", default="scripts/bench")
    parser.add_argument("--report", default="BENCHMARKS.md")
    args = parser.parse_args()
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {', '.join(unknown)}; the sections are {', '.join(SECTIONS)}")
    os.chdir(ROOT)
    suite, began, whole_load = Suite(args), time.monotonic(), OtherLoad()
    os.makedirs(args.out, exist_ok=True)
    for name in chosen:
        heading, run = SECTIONS[name]
        suite.log(f"── {heading}")
        started, load = time.monotonic(), OtherLoad()
        body = run(suite)
        replace_part(args.report, name, f"{suite.stamp(started, load)}\n\n{body}", heading)
        with open(os.path.join(args.out, "results.json"), "w", encoding="utf-8") as stream:
            json.dump(suite.results, stream, ensure_ascii=False, indent=1)
    minutes = (time.monotonic() - began) / 60
    duration = f"{minutes:.1f} min for {', '.join(chosen)}"
    replace_part(args.report, "machine", describe_machine(args, duration, whole_load))
    suite.log(f"done in {minutes:.1f} min: tables in {args.report} (sections {', '.join(chosen)}), "
              f"raw runs in {os.path.join(args.out, 'results.json')}")


if __name__ == "__main__":
    main()
