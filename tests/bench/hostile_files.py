"""Wall time and peak RSS of `seller-desk cancel FILE --profile P --dry-run` on each hostile file
(issue 14; aim: each at most 10 s and 300 MB), against the same CLI on a 10-row file in the same
run (the baseline: Python, imports, the profile, one request).

    python tests/bench/hostile_files.py [--only NAME]

Runs against the ABOUT YOU and SellerCenter sandboxes on 127.0.0.1. No assertions: the numbers
are for people.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_app.core.profiles import ProfileStore
from desktop_app.sandbox.aboutyou import AboutYouSandboxConfig, create_aboutyou_app
from desktop_app.sandbox.sellercenter import (
    SellerCenterSandboxConfig,
    create_sellercenter_app,
    sandbox_state,
)
from desktop_app.sandbox.server import running_sandbox
from tests.fixtures import hostile_files as hostile
from tests.integration.cli_helpers import CliEnv

AIM_SECONDS, AIM_MB = 10.0, 300.0


def near_limit_files() -> dict[str, tuple[object, str, str]]:
    """Files just inside the limits: the most work a hostile file can still ask for."""
    return {
        "xlsx_1_048_575_rows_sellercenter": (
            lambda p: hostile.xlsx_many_rows(p, rows=1_048_000),
            "limit.xlsx",
            "sellercenter",
        ),
        "xlsx_250_mb_of_unknown_tags": (
            lambda p: hostile.workbook(p, hostile.HEADER_ROW, "<x/>" * (1024 * 256), 250),
            "tags.xlsx",
            "aboutyou",
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="run only the hostile file of this name")
    args = parser.parse_args()
    files = {**hostile.HOSTILE, **near_limit_files()}
    names = [args.only] if args.only else list(files)
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        root = Path(folder)
        aboutyou_url = stack.enter_context(
            running_sandbox(create_aboutyou_app(AboutYouSandboxConfig()))
        )
        sellercenter_app = create_sellercenter_app(SellerCenterSandboxConfig())
        sellercenter_url = stack.enter_context(running_sandbox(sellercenter_app))
        clis = {
            "aboutyou": _aboutyou_cli(root / "ay", aboutyou_url),
            "sellercenter": _sellercenter_cli(root / "sc", sellercenter_app, sellercenter_url),
        }
        small = root / "small.csv"
        small.write_text("order_item_id\n" + "".join(f"{100001 + n}\n" for n in range(10)))
        base = _run(clis["aboutyou"], small)
        print(f"{'file':<36}{'exit':>5}{'wall s':>8}{'peak MB':>9}{'× base':>8}  first line")
        _print("baseline: 10-row CSV", base, base.seconds)
        worst_s = worst_mb = 0.0
        for name in names:
            write, filename, marketplace = files[name]
            path = write(root / filename)  # type: ignore[operator]
            done = _run(clis[marketplace], path)
            worst_s = max(worst_s, done.seconds)
            worst_mb = max(worst_mb, done.peak_mb or 0.0)
            _print(name, done, base.seconds)
            path.unlink()
    verdict = "OK" if worst_s <= AIM_SECONDS and worst_mb <= AIM_MB else "ABOVE AIM"
    print(f"worst: {worst_s:.2f} s, {worst_mb:.0f} MB (aim <= 10 s, <= 300 MB): {verdict}")
    return 0


def _run(cli: CliEnv, path: Path) -> hostile.Measured:
    command = cli.command("cancel", str(path), "--profile", "shop", "--dry-run")
    return hostile.run_measured(command, cli.env(), timeout=300)


def _print(name: str, done: hostile.Measured, base_seconds: float) -> None:
    lines = (done.stderr.strip() or done.stdout.strip()).splitlines() or [""]
    peak = f"{done.peak_mb:.0f}" if done.peak_mb is not None else "n/a"
    print(
        f"{name:<36}{done.returncode:>5}{done.seconds:>8.2f}{peak:>9}"
        f"{done.seconds / base_seconds:>8.1f}  {lines[0][:90]}"
    )


def _aboutyou_cli(home: Path, base_url: str) -> CliEnv:
    cli = CliEnv(home=home, keyring_file=home.with_suffix(".keyring.json"))
    cli.add_profile("shop", base_url, AboutYouSandboxConfig().api_key)
    return cli


def _sellercenter_cli(home: Path, app: object, base_url: str) -> CliEnv:
    state = sandbox_state(app)  # type: ignore[arg-type]
    cli = CliEnv(home=home, keyring_file=home.with_suffix(".keyring.json"))
    added = cli.run(
        "profile", "add", "shop", "--marketplace", "sellercenter", "--base-url", base_url,
        "--environment", "sandbox", "--user-id", state.config.user_id,
        "--option", "cancel_reason=Out of stock",
        stdin=state.config.api_key + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    store = ProfileStore(home / "config" / "profiles.json")
    profile = store.get("shop")
    budgets = {"cancel": 10_000, "ship": 10_000, "lookup": 10_000}
    store.save(profile.model_copy(update={"budgets": budgets}))
    return cli


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
