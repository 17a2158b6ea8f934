"""Runs a command several times under GNU time and keeps what the benchmark tables show.

Each run is one process: wall seconds from a monotonic clock around it, CPU seconds (user + system) and peak
RSS from `/usr/bin/time -v`. A table shows medians over the runs and the largest peak RSS, and ratios
ours ÷ theirs (below 1: ours is faster or leaner). A command that fails is reported as failed with the
tail of its stderr instead of stopping the suite.
"""

import os
import re
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field


@dataclass
class Result:
    name: str
    command: list
    walls: list = field(default_factory=list)
    cpus: list = field(default_factory=list)
    rss_kb: list = field(default_factory=list)
    failure: str = ""

    @property
    def ok(self):
        return not self.failure and bool(self.walls)

    @property
    def wall(self):
        return statistics.median(self.walls)

    @property
    def cpu(self):
        return statistics.median(self.cpus)

    @property
    def rss_mb(self):
        return max(self.rss_kb) / 1024

    def as_json(self):
        return {"name": self.name, "command": self.command, "walls": self.walls, "cpus": self.cpus,
                "peak_rss_kb": self.rss_kb, "failure": self.failure}


def time_field(report, label):
    match = re.search(rf"^\s*{re.escape(label)}: (.*)$", report, re.MULTILINE)
    return match.group(1) if match else None


LONG_RUN_SECONDS = 60


def measure(name, command, runs, ok_status=(0,), prepare=None, log=None):
    """Runs `command` (argv) `runs` times, or once when that run takes over LONG_RUN_SECONDS (a long run
    varies little and the suite must fit its time budget); `prepare` (argv) runs untimed before each run."""
    result = Result(name, [str(part) for part in command])
    with tempfile.TemporaryDirectory() as scratch:
        report_path, stderr_path = os.path.join(scratch, "time"), os.path.join(scratch, "stderr")
        for run in range(runs):
            if prepare:
                subprocess.run(prepare, check=True)
            with open(stderr_path, "wb") as stderr:
                started = time.perf_counter()
                process = subprocess.run(["/usr/bin/time", "-v", "-o", report_path, *result.command],
                                         stdout=subprocess.DEVNULL, stderr=stderr)
                wall = time.perf_counter() - started
            with open(stderr_path, encoding="utf-8", errors="replace") as stream:
                errors = stream.read()
            if log:
                log(f"{name} run {run + 1}/{runs}: {wall:.2f} s, exit {process.returncode}")
            if process.returncode not in ok_status:
                tail = " ".join(errors.split())[-300:]
                result.failure = f"exit {process.returncode}: {tail}"
                return result
            with open(report_path, encoding="utf-8") as stream:
                report = stream.read()
            result.walls.append(wall)
            result.cpus.append(float(time_field(report, "User time (seconds)"))
                               + float(time_field(report, "System time (seconds)")))
            result.rss_kb.append(int(time_field(report, "Maximum resident set size (kbytes)")))
            if wall > LONG_RUN_SECONDS:
                break
    return result


def failed(result):
    """A failure as one table cell: no pipes, in a code span so that `<file>` in a usage line stays text."""
    return "failed: `" + result.failure.replace("|", "/").replace("`", "'") + "`"


def ratio(ours, theirs):
    return f"{ours / theirs:.2f}" if theirs else "—"


def comparison_table(results, reference="ours", throughput=None):
    """Markdown table: one row per tool; `throughput` = (amount, unit) adds a column of amount per CPU second."""
    ours = next((r for r in results if r.name == reference and r.ok), None)
    head = ["tool", "runs", "wall s (median)", "CPU s (median)", "peak RSS MB"]
    if throughput:
        head.append(f"{throughput[1]} per CPU s")
    head += [f"wall {reference} ÷ this", f"peak RSS {reference} ÷ this"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for result in results:
        if not result.ok:
            lines.append(f"| {result.name} | {failed(result)} |" + " |" * (len(head) - 2))
            continue
        cells = [result.name, str(len(result.walls)), f"{result.wall:.2f}", f"{result.cpu:.2f}", f"{result.rss_mb:.0f}"]
        if throughput:
            cells.append(f"{throughput[0] / result.cpu:,.0f}" if result.cpu else "—")
        if ours and result is not ours:
            cells += [ratio(ours.wall, result.wall), ratio(ours.rss_mb, result.rss_mb)]
        else:
            cells += ["—", "—"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def commands_list(results):
    """The exact command lines, for the reader who wants to run one by hand."""
    return "\n".join(f"- {r.name}: `{' '.join(r.command)}`" for r in results)
