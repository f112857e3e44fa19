"""Import speed against csv.reader alone, on the same 100,000-row files, in the same run.

    python tests/bench/import_speed.py [--rows N] [--repeat K]

Prints, per action, the min and median wall time of each and their ratios (issue 19's aim: at
most 3), and the ratios of CPU times, the fairer figure on a machine shared with other work. The
two are run in turn (A B A B ...), so that the machine's drift hits both alike.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_app.core.importing import import_file
from desktop_app.core.importing.progress import gc_paused
from desktop_app.core.models import Action, InputRow, Outcome

CARRIERS = ["DHL_STD_NATIONAL", "HERMES_KLV", "DPD_CLASSIC", "GLS_BUSINESS"]


def write_cancel(path: Path, rows: int) -> None:
    rng = random.Random(4)
    ids = rng.sample(range(100_000_000, 999_999_999), rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("order_item_id\r\n")
        handle.writelines(f"{number}\r\n" for number in ids)


def write_ship(path: Path, rows: int) -> None:
    rng = random.Random(5)
    ids = rng.sample(range(100_000_000, 999_999_999), rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["order_items", "carrier_key", "shipment_tracking_key", "return_tracking_key"]
        )
        for number in ids:
            writer.writerow(
                [
                    number,
                    rng.choice(CARRIERS),
                    f"JJD{rng.randrange(10**17):017d}",
                    f"RET{rng.randrange(10**12):012d}",
                ]
            )


def csv_reader_alone(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def best_of(repeat: int, work: Callable[[], object]) -> float:
    return best_times(repeat, work)[0]


def best_times(repeat: int, work: Callable[[], object]) -> tuple[float, float]:
    """The best wall time and the best CPU time."""
    ((walls, cpus),) = times(repeat, [work])
    return min(walls), min(cpus)


def times(repeat: int, works: list[Callable[[], object]]) -> list[tuple[list[float], list[float]]]:
    """The wall and CPU times of each work, run in turn `repeat` times."""
    measured: list[tuple[list[float], list[float]]] = [([], []) for _ in works]
    for _ in range(repeat):
        for work, (walls, cpus) in zip(works, measured, strict=True):
            start, start_cpu = time.perf_counter(), time.process_time()
            work()
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - start_cpu)
    return measured


def ratios(figure: list[float], baseline: list[float]) -> tuple[float, float]:
    """min/min and median/median."""
    return min(figure) / min(baseline), statistics.median(figure) / statistics.median(baseline)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(
        f"{'action':<8}{'rows':>9}{'MB':>6}{'csv.reader min':>16}{'import min':>12}"
        f"{'ratio min/median':>18}{'cpu ratio min/median':>22}{'µs/row':>8}"
    )
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for action, writer in ((Action.CANCEL, write_cancel), (Action.SHIP, write_ship)):
            path = Path(folder) / f"{action.value}.csv"
            writer(path, args.rows)
            result = import_file(path, action, carriers=CARRIERS)
            assert len(result.rows) == args.rows, len(result.rows)
            assert result.counts()[Outcome.VALID] == args.rows, result.counts()
            (base_walls, base_cpus), (walls, cpus) = times(
                args.repeat,
                [
                    lambda p=path: csv_reader_alone(p),
                    lambda p=path, a=action: import_file(p, a, carriers=CARRIERS),
                ],
            )
            wall_ratio, cpu_ratio = ratios(walls, base_walls), ratios(cpus, base_cpus)
            worst = max(worst, cpu_ratio[1])
            size = path.stat().st_size / 1024 / 1024
            print(
                f"{action.value:<8}{args.rows:>9,}{size:>6.1f}{min(base_walls) * 1000:>14.1f}ms"
                f"{min(walls) * 1000:>10.1f}ms{wall_ratio[0]:>10.2f}/{wall_ratio[1]:.2f}"
                f"{cpu_ratio[0]:>14.2f}/{cpu_ratio[1]:.2f}{min(walls) / args.rows * 1e6:>11.2f}"
            )
    print(f"worst median cpu ratio {worst:.2f} (aim <= 3): {'OK' if worst <= 3 else 'ABOVE AIM'}")
    # What the column-wise rows save: one InputRow object per line, the old floor.
    numbers = range(1, args.rows + 1)

    def build_rows() -> None:
        with gc_paused():
            [InputRow(n, (n,)) for n in numbers]

    floor = best_of(args.repeat, build_rows)
    print(f"building {args.rows:,} InputRow objects (no longer done): {floor * 1000:.1f}ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
