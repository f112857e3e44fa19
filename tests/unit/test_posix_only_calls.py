"""No POSIX-only call in desktop_app/ outside guarded code: Seller Desk ships to Windows.

An AST scan, so it runs on every system (and on Linux CI proves what Windows would hit).

Flagged:
- importing a POSIX-only module (`fcntl`, `pwd`, `grp`, `termios`, `tty`, `pty`, `resource`...);
- `os.fork`, `os.getuid` and the other `os` functions Windows lacks, also via `from os import`;
- `signal.SIGKILL`, `SIGHUP`, `SIGUSR1`... and `signal.alarm`: Windows has none of them;
- a `SIGTERM` handler (`signal.signal(signal.SIGTERM, ...)`): Windows defines the number, but
  never delivers it, so the handler is dead code there; and `loop.add_signal_handler`, which
  raises NotImplementedError on Windows;
- a hard-coded `/tmp`, `/var/tmp` or `/dev/null` in a string (use `tempfile`, `os.devnull`).

Guarded, so not flagged: code inside
- an `if`/`elif`/`else` (or `x if ... else y`) whose test reads `sys.platform`, `os.name` or
  `platform.system()`, or calls `hasattr(...)`: the platform decision stands right there;
- the body of a `try` with an `except` for ImportError, ModuleNotFoundError, AttributeError or
  NotImplementedError: what Windows raises for the missing piece is handled.
The guard must enclose the call itself; an early `return` on Windows above it does not count.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
POSIX_MODULES = {"fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix", "syslog"}
POSIX_OS = {
    "fork",
    "forkpty",
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "getgroups",
    "setuid",
    "setgid",
    "setsid",
    "setpgrp",
    "getpgid",
    "killpg",
    "chown",
    "lchown",
    "mkfifo",
    "openpty",
    "uname",
    "sync",
    "sysconf",
    "statvfs",
    "getloadavg",
    "wait3",
    "wait4",
}
POSIX_SIGNAL = {
    "SIGKILL",
    "SIGHUP",
    "SIGQUIT",
    "SIGUSR1",
    "SIGUSR2",
    "SIGALRM",
    "SIGCHLD",
    "SIGPIPE",
    "SIGCONT",
    "SIGSTOP",
    "SIGTSTP",
    "alarm",
    "setitimer",
    "pause",
    "siginterrupt",
    "pthread_kill",
    "pthread_sigmask",
}
HANDLED_ONLY_ON_POSIX = {"SIGTERM"}
HARD_CODED_PATHS = ("/tmp", "/var/tmp", "/dev/null")
GUARD_ERRORS = {"ImportError", "ModuleNotFoundError", "AttributeError", "NotImplementedError"}
# Findings accepted on purpose, as "path:line: what" with the reason beside them. None yet.
ACCEPTED: dict[str, str] = {}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _decides_platform(test: ast.expr) -> bool:
    for node in ast.walk(test):
        if _dotted(node) in ("sys.platform", "os.name", "platform.system"):
            return True
        if isinstance(node, ast.Call) and _dotted(node.func) == "hasattr":
            return True
    return False


def _handles_the_missing_piece(handler: ast.ExceptHandler) -> bool:
    if handler.type is None:
        return False
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(_dotted(name).rsplit(".", 1)[-1] in GUARD_ERRORS for name in names)


class PosixOnlyCalls(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.guarded = 0
        self.findings: list[Finding] = []

    @contextmanager
    def _guard(self) -> Iterator[None]:
        self.guarded += 1
        try:
            yield
        finally:
            self.guarded -= 1

    def _flag(self, node: ast.AST, what: str) -> None:
        if not self.guarded:
            self.findings.append(Finding(self.path, getattr(node, "lineno", 0), what))

    def visit_If(self, node: ast.If | ast.IfExp) -> None:
        if not _decides_platform(node.test):
            self.generic_visit(node)
            return
        self.visit(node.test)
        with self._guard():
            for child in (node.body, node.orelse):
                for statement in child if isinstance(child, list) else [child]:
                    self.visit(statement)

    visit_IfExp = visit_If

    def visit_Try(self, node: ast.Try) -> None:
        if any(_handles_the_missing_piece(handler) for handler in node.handlers):
            with self._guard():
                for statement in node.body:
                    self.visit(statement)
            for rest in (*node.handlers, *node.orelse, *node.finalbody):
                self.visit(rest)
        else:
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.split(".")[0] in POSIX_MODULES:
                self._flag(node, f"import {alias.name}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module.split(".")[0] in POSIX_MODULES:
            self._flag(node, f"from {module} import ...")
        missing = {"os": POSIX_OS, "signal": POSIX_SIGNAL}.get(module, set())
        for alias in node.names:
            if alias.name in missing:
                self._flag(node, f"from {module} import {alias.name}")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        name = _dotted(node)
        module, _, attr = name.rpartition(".")
        if (module == "os" and attr in POSIX_OS) or (module == "signal" and attr in POSIX_SIGNAL):
            self._flag(node, name)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        called = _dotted(node.func)
        if called == "signal.signal" and node.args:
            number = _dotted(node.args[0]).rsplit(".", 1)[-1]
            if number in HANDLED_ONLY_ON_POSIX:
                self._flag(node, f"a {number} handler")
        elif called.endswith(".add_signal_handler"):
            self._flag(node, "loop.add_signal_handler")
        self.generic_visit(node)

    def visit_Expr(self, node: ast.Expr) -> None:
        if not (isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            self.generic_visit(node)  # a docstring may mention /tmp

    def visit_Constant(self, node: ast.Constant) -> None:
        text = node.value
        if isinstance(text, str) and any(
            text == path or text.startswith(path + "/") for path in HARD_CODED_PATHS
        ):
            self._flag(node, f"hard-coded {text!r}")


def findings_in(source: str, path: str = "<snippet>") -> list[Finding]:
    finder = PosixOnlyCalls(path)
    finder.visit(ast.parse(source))
    return finder.findings


def test_desktop_app_calls_nothing_posix_only_outside_guarded_code() -> None:
    found: list[str] = []
    for file in sorted(PACKAGE.rglob("*.py")):
        relative = file.relative_to(PACKAGE.parent).as_posix()
        found += [str(f) for f in findings_in(file.read_text("utf-8"), relative)]
    assert [f for f in found if f not in ACCEPTED] == []


@pytest.mark.parametrize(
    ("source", "what"),
    [
        ("import fcntl", "import fcntl"),
        ("from pwd import getpwuid", "from pwd import ..."),
        ("import os\npid = os.fork()", "os.fork"),
        ("import os\nuid = os.getuid()", "os.getuid"),
        ("from os import getuid", "from os import getuid"),
        ("import os, signal\nos.kill(1, signal.SIGKILL)", "signal.SIGKILL"),
        ("import signal\nsignal.signal(signal.SIGTERM, print)", "a SIGTERM handler"),
        ("loop.add_signal_handler(2, print)", "loop.add_signal_handler"),
        ("folder = '/tmp/seller-desk'", "hard-coded '/tmp/seller-desk'"),
        ("open('/dev/null', 'w')", "hard-coded '/dev/null'"),
        # A guard around something else does not cover the call after it.
        ("import os, sys\nif sys.platform == 'win32':\n    pass\nos.fork()", "os.fork"),
        ("try:\n    import fcntl\nexcept ValueError:\n    pass", "import fcntl"),
    ],
)
def test_the_check_flags_each_posix_only_call(source: str, what: str) -> None:
    assert [f.what for f in findings_in(source)] == [what]


@pytest.mark.parametrize(
    "source",
    [
        "import sys, signal\nif sys.platform != 'win32':\n    signal.signal(signal.SIGTERM, print)",
        "import os\nif os.name == 'posix':\n    uid = os.getuid()\nelse:\n    uid = 0",
        "import os\nif hasattr(os, 'fork'):\n    os.fork()",
        "try:\n    import fcntl\nexcept ImportError:\n    fcntl = None",
        "try:\n    loop.add_signal_handler(15, print)\nexcept NotImplementedError:\n    pass",
        "import os, platform\nuid = os.getuid() if platform.system() != 'Windows' else 0",
        "def f():\n    '''Writes to /tmp/x on Linux only.'''",
        "import tempfile\nfolder = tempfile.gettempdir()",
    ],
)
def test_the_check_accepts_guarded_and_portable_code(source: str) -> None:
    assert findings_in(source) == []
