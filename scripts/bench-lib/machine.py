"""What BENCHMARKS.md says about the run: the machine, the tool versions, the inputs and the commands."""

import datetime
import importlib.metadata
import os
import platform
import resource
import subprocess
import time

PYTHON_PACKAGES = ("pandas", "numpy", "python-calamine", "openpyxl", "XlsxWriter", "duckdb")
DEBIAN_PACKAGES = ("libxlsxwriter-dev", "hyperfine", "libzip-dev", "libxml2-dev")


def output(*command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def cpu_model():
    with open("/proc/cpuinfo", encoding="utf-8") as stream:
        for line in stream:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def memory_gib():
    with open("/proc/meminfo", encoding="utf-8") as stream:
        kilobytes = int(stream.readline().split()[1])
    return kilobytes / 1024 ** 2


def busy_seconds():
    """CPU seconds every process on the machine has spent since boot (first line of /proc/stat)."""
    with open("/proc/stat", encoding="utf-8") as stream:
        ticks = [int(value) for value in stream.readline().split()[1:9]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def own_seconds():
    """CPU seconds of this process and of every process it (and theirs) waited for."""
    return sum(getattr(resource.getrusage(who), field) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for field in ("ru_utime", "ru_stime"))


class OtherLoad:
    """How many cores other processes kept busy on average since this was made: the noise in the numbers."""

    def __init__(self):
        self.wall, self.busy, self.own = time.monotonic(), busy_seconds(), own_seconds()

    def cores(self):
        elapsed = max(time.monotonic() - self.wall, 1e-3)
        return max(0.0, (busy_seconds() - self.busy) - (own_seconds() - self.own)) / elapsed

    def describe(self):
        cores = self.cores()
        noisy = " — noisy: read CPU seconds rather than wall seconds" if cores > 0.2 else ""
        return f"other processes kept {cores:.1f} of the {os.cpu_count()} cores busy{noisy}"


def versions():
    python = [f"{name} {importlib.metadata.version(name)}" for name in PYTHON_PACKAGES]
    debian = [f"{name} {output('dpkg-query', '-W', '-f=${Version}', name) or 'missing'}" for name in DEBIAN_PACKAGES]
    swift = output("swift", "--version").splitlines()
    return ", ".join([swift[0] if swift else "Swift unknown", f"Python {platform.python_version()}", *python, *debian])


def describe_machine(args, duration, load):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    commit = output("git", "rev-parse", "--short", "HEAD")
    changed = output("git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!BENCHMARKS.md")
    dirty = " with uncommitted changes" if changed else ""
    os_name = next((line.strip().split("=", 1)[1].strip('"') for line in open("/etc/os-release", encoding="utf-8")
                    if line.startswith("PRETTY_NAME=")), platform.system())
    cores, others = os.cpu_count(), load.cores()
    sizes = "10,000, 100,000 and 200,000" if args.quick else "10,000, 100,000, 200,000 and 1,000,000"
    noisy = (f" **Other jobs shared the machine, so the numbers are noisy: CPU seconds are steadier than wall "
             f"seconds; rerun on a quiet machine for final numbers.**") if others > 0.2 else ""
    return (f"Latest run: {now}, `{args.command}` at commit {commit}{dirty} ({duration}).\n\n"
            f"- Machine: {cores} cores, {cpu_model()}, {memory_gib():.1f} GiB RAM, {os_name}, "
            f"Linux {platform.release()}; during the run other processes kept {others:.1f} of the cores "
            f"busy on average (from /proc/stat less the suite's own CPU time).{noisy}\n"
            f"- Tools: {versions()}.\n"
            f"- Inputs of End to end and Scale: `scripts/gen-returns ROWS {args.data}` (default seed) at {sizes} "
            f"rows × 21 columns (returns-ROWS.xlsx: XlsxWriter constant_memory, inline strings; also UTF-8 and "
            f"GB18030 CSV). The reader and writer sections' own scripts describe their inputs.\n"
            f"- Each section below lists its exact commands; `scripts/bench --only SECTION` reruns one.")
