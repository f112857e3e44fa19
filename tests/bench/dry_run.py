"""The whole CLI's dry run of a big cancel file against a `csv.reader` process, in the same run.

    python tests/bench/dry_run.py [--rows 1000000] [--repeat 5] [--json]

Both run as subprocesses on the same file: the baseline is a bare Python that counts the file's
records with `csv.reader`; the figure is `seller-desk cancel FILE --profile P --dry-run` (with
`--json`, its JSON report too, written to a file). Prints the min and median wall and CPU time of
each, their ratios (aim: at most 4) and the CLI's peak RSS (aim: at most 250 MB).

The CLI runs with its bytecode compiled, as an installed package (a wheel, the frozen app) does:
a development shell's PYTHONDONTWRITEBYTECODE would make every run compile the app's modules
anew. One untimed run per command writes the bytecode to a folder of this run's own.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.bench.import_speed import write_cancel  # noqa: E402 (after the path it needs)

RATIO_AIM, RSS_AIM_MB = 4.0, 250.0

COUNT_WITH_CSV_READER = (
    "import csv, sys\n"
    "with open(sys.argv[1], encoding='utf-8', newline='') as handle:\n"
    "    print(sum(1 for _ in csv.reader(handle)))\n"
)


# Runs one command with its stdout in a file, and reports its wall time, CPU time, exit code and
# peak RSS. A waiter process of its own, so that its RUSAGE_CHILDREN is that one command's alone.
WAITER = (
    "import resource, subprocess, sys, time\n"
    "with open(sys.argv[1], 'wb') as out:\n"
    "    start = time.perf_counter()\n"
    "    code = subprocess.call(sys.argv[2:], stdout=out)\n"
    "    wall = time.perf_counter() - start\n"
    "used = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(wall, used.ru_utime + used.ru_stime, used.ru_maxrss, code)\n"
)


class Runs:
    """Wall and CPU seconds of several runs of one command, and its peak RSS in MB."""

    def __init__(self) -> None:
        self.walls: list[float] = []
        self.cpus: list[float] = []
        self.rss = 0.0


def min_median(times: list[float]) -> tuple[float, float]:
    return min(times), statistics.median(times)


def timed(command: list[str], env: dict[str, str], out: Path, runs: Runs) -> None:
    """One run of `command`, its stdout in `out`, added to `runs`."""
    done = subprocess.run(
        [sys.executable, "-c", WAITER, str(out), *command],
        capture_output=True,
        env=env,
        check=True,
        text=True,
    )
    wall, cpu, peak_kb, code = done.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(f"{' '.join(command[2:])} exited {code}: {done.stderr[-2000:]}")
    runs.walls.append(float(wall))
    runs.cpus.append(float(cpu))
    runs.rss = max(runs.rss, int(peak_kb) / 1024)


def measure(
    repeat: int, commands: list[list[str]], env: dict[str, str], out: Path
) -> list[tuple[Runs, str]]:
    """Each command `repeat` times, in turn (A B C A B C ...), so that a machine's drift hits
    all alike; with what each printed in its last run."""
    results = [Runs() for _ in commands]
    printed = [""] * len(commands)
    for _ in range(repeat):
        for index, command in enumerate(commands):
            timed(command, env, out, results[index])
            printed[index] = head_and_tail(out)
    return list(zip(results, printed, strict=True))


def head_and_tail(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(300)
        if path.stat().st_size <= 600:
            return (head + handle.read()).decode("utf-8", "replace")
        handle.seek(max(0, path.stat().st_size - 300))
        return (head + b" ... " + handle.read()).decode("utf-8", "replace")


def cli_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        SELLER_DESK_HOME=str(home / "home"),
        PYTHON_KEYRING_BACKEND="tests.fixtures.file_keyring.FileKeyring",
        SELLER_DESK_TEST_KEYRING=str(home / "keyring.json"),
        PYTHONPATH=str(REPO),
        PYTHONPYCACHEPREFIX=str(home / "bytecode"),
    )
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="time `--dry-run --json` as well")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = work / "cancel.csv"
        write_cancel(data, args.rows)
        env = cli_env(work)
        cli = [sys.executable, "-m", "desktop_app"]
        profile = ["--marketplace", "aboutyou", "--environment", "sandbox"]
        subprocess.run(
            [*cli, "profile", "add", "Bench", *profile, "--base-url", "http://127.0.0.1:9"],
            input=b"bench-key\n",
            env=env,
            check=True,
            capture_output=True,
        )
        out = work / "stdout"
        counter = [sys.executable, "-c", COUNT_WITH_CSV_READER, str(data)]
        dry_run = [*cli, "cancel", str(data), "--profile", "Bench", "--dry-run"]
        variants = [("seller-desk cancel --dry-run", dry_run)]
        if args.json:
            variants.append(("seller-desk cancel --dry-run --json", [*dry_run, "--json"]))
        for command in (counter, *(c for _, c in variants)):  # untimed: writes the bytecode
            subprocess.run(command, env=env, check=False, capture_output=True)
        measured = measure(args.repeat, [counter, *(c for _, c in variants)], env, out)
        (baseline, counted), *figures = measured
        assert int(counted) == args.rows + 1, counted
        size = data.stat().st_size / 1e6
        print(f"{args.rows:,} rows, {size:.1f} MB, {args.repeat} runs each, in turn")
        print(
            f"{'what':<36}{'wall min/median':>17}{'ratio':>12}{'cpu min/median':>17}"
            f"{'ratio':>12}{'peak RSS':>10}"
        )
        base_wall, base_cpu = min_median(baseline.walls), min_median(baseline.cpus)
        print(
            _row("csv.reader process (baseline)", base_wall, (1, 1), base_cpu, (1, 1), baseline.rss)
        )
        worst_ratio, worst_rss = 0.0, 0.0
        for (name, _), (runs, printed) in zip(variants, figures, strict=True):
            assert f"{args.rows} valid" in printed or f'"valid": {args.rows}' in printed, printed
            wall, cpu = min_median(runs.walls), min_median(runs.cpus)
            wall_ratio = (wall[0] / base_wall[0], wall[1] / base_wall[1])
            cpu_ratio = (cpu[0] / base_cpu[0], cpu[1] / base_cpu[1])
            worst_ratio = max(worst_ratio, wall_ratio[1])
            worst_rss = max(worst_rss, runs.rss)
            print(_row(name, wall, wall_ratio, cpu, cpu_ratio, runs.rss))
    ok = worst_ratio <= RATIO_AIM and worst_rss <= RSS_AIM_MB
    print(
        f"worst median wall ratio {worst_ratio:.2f} (aim <= {RATIO_AIM:g}), peak RSS "
        f"{worst_rss:.0f} MB (aim <= {RSS_AIM_MB:g} MB): {'OK' if ok else 'ABOVE AIM'}"
    )
    return 0


def _row(
    name: str,
    wall: tuple[float, float],
    wall_ratio: tuple[float, float],
    cpu: tuple[float, float],
    cpu_ratio: tuple[float, float],
    rss: float,
) -> str:
    def pair(values: tuple[float, float], unit: str) -> str:
        return f"{values[0]:.2f}{unit}/{values[1]:.2f}{unit}"

    return (
        f"{name:<36}{pair(wall, 's'):>17}{pair(wall_ratio, ''):>12}{pair(cpu, 's'):>17}"
        f"{pair(cpu_ratio, ''):>12}{rss:>7.0f} MB"
    )


if __name__ == "__main__":
    raise SystemExit(main())
