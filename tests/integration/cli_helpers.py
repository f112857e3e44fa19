"""Running `seller-desk` as a real subprocess with its own SELLER_DESK_HOME and keyring file."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.fixtures.file_keyring import STORE_ENV

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class CliEnv:
    home: Path
    keyring_file: Path

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            SELLER_DESK_HOME=str(self.home),
            PYTHON_KEYRING_BACKEND="tests.fixtures.file_keyring.FileKeyring",
            PYTHONPATH=str(REPO),
        )
        env[STORE_ENV] = str(self.keyring_file)
        return env

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "desktop_app", *args]

    def run(
        self, *args: str, stdin: str = "", timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env(),
            cwd=REPO,
            timeout=timeout,
        )

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(*args),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env(),
            cwd=REPO,
        )

    def add_profile(self, name: str, base_url: str, key: str, *extra: str) -> None:
        done = self.run(
            "profile",
            "add",
            name,
            "--marketplace",
            "aboutyou",
            "--base-url",
            base_url,
            "--environment",
            "sandbox",
            *extra,
            stdin=key + "\n",
        )
        assert done.returncode == 0, done.stderr


def write_csv(path: Path, header: str, lines: list[str]) -> Path:
    path.write_text(header + "\n" + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path
