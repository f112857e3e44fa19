"""The whole CLI's dry run of a big cancel file against a `csv.reader` process, in the same run.

    python tests/bench/dry_run.py [--rows 1000000] [--repeat 3] [--json]

Both run as subprocesses on the same file: the baseline is a bare Python that counts the file's
records with `csv.reader`; the figure is `seller-desk cancel FILE --profile P --dry-run` (with
`--json`, its JSON report too, written to a file). Prints the best wall time of each, their
ratio (aim: at most 4) and the CLI's peak RSS (aim: at most 250 MB).
"""

from __future__ import annotations

import argparse
import os
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


# Runs one command with its stdout in a file, and reports its wall time, exit code and peak RSS.
# A waiter process of its own, so that its RUSAGE_CHILDREN is that one command's alone.
WAITER = (
    "import resource, subprocess, sys, time\n"
    "with open(sys.argv[1], 'wb') as out:\n"
    "    start = time.perf_counter()\n"
    "    code = subprocess.call(sys.argv[2:], stdout=out)\n"
    "    wall = time.perf_counter() - start\n"
    "print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


def timed(command: list[str], env: dict[str, str], out: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one run of `command`; its stdout goes to `out`."""
    done = subprocess.run(
        [sys.executable, "-c", WAITER, str(out), *command],
        capture_output=True,
        env=env,
        check=True,
        text=True,
    )
    wall, peak_kb, code = done.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(f"{' '.join(command[2:])} exited {code}: {done.stderr[-2000:]}")
    return float(wall), int(peak_kb) / 1024


def best_of(repeat: int, command: list[str], env: dict[str, str], out: Path) -> tuple[float, float]:
    runs = [timed(command, env, out) for _ in range(repeat)]
    return min(wall for wall, _ in runs), max(rss for _, rss in runs)


def head_and_tail(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(300)
        handle.seek(max(0, path.stat().st_size - 300))
        return (head + b" ... " + handle.read()).decode("utf-8", "replace")


def cli_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SELLER_DESK_HOME=str(home / "home"),
        PYTHON_KEYRING_BACKEND="tests.fixtures.file_keyring.FileKeyring",
        SELLER_DESK_TEST_KEYRING=str(home / "keyring.json"),
        PYTHONPATH=str(REPO),
    )
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
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
        base_wall, base_rss = best_of(args.repeat, counter, env, out)
        assert int(out.read_text()) == args.rows + 1, out.read_text()
        size = data.stat().st_size / 1e6
        print(f"{args.rows:,} rows, {size:.1f} MB, best of {args.repeat}")
        print(f"{'what':<34}{'wall':>9}{'ratio':>8}{'peak RSS':>11}")
        print(
            f"{'csv.reader process (baseline)':<34}{base_wall:>8.2f}s{1:>8.2f}{base_rss:>8.0f} MB"
        )
        dry_run = [*cli, "cancel", str(data), "--profile", "Bench", "--dry-run"]
        variants = [("seller-desk cancel --dry-run", dry_run)]
        if args.json:
            variants.append(("seller-desk cancel --dry-run --json", [*dry_run, "--json"]))
        worst_ratio, worst_rss = 0.0, 0.0
        for name, command in variants:
            wall, rss = best_of(args.repeat, command, env, out)
            printed = head_and_tail(out)
            assert f"{args.rows} valid" in printed or f'"valid": {args.rows}' in printed, printed
            ratio = wall / base_wall
            worst_ratio, worst_rss = max(worst_ratio, ratio), max(worst_rss, rss)
            print(f"{name:<34}{wall:>8.2f}s{ratio:>8.2f}{rss:>8.0f} MB")
    ok = worst_ratio <= RATIO_AIM and worst_rss <= RSS_AIM_MB
    print(
        f"worst ratio {worst_ratio:.2f} (aim <= {RATIO_AIM:g}), peak RSS {worst_rss:.0f} MB"
        f" (aim <= {RSS_AIM_MB:g} MB): {'OK' if ok else 'ABOVE AIM'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
