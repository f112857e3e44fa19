"""Does every dependency have a wheel for Windows x64, macOS Intel and macOS arm64, on Python
3.11, 3.12 and 3.13? Fails (exit 1) naming each one that does not; pure-python wheels count.

    python .ci/check_wheels.py [--index-url URL] [--require REQUIREMENT ...]

The pins are what a fresh install picks today on each target: pyproject.toml's requirements
(the app's, `test` and `packaging`: the release runners install all three), then what those
need, with every marker evaluated for the target (pip, asked with `--platform`, would evaluate
them for this Linux machine: keyring's Windows helper would be missed, its Linux-only
SecretStorage wrongly checked), each at its newest version that the specifiers allow.

A pin passes when that version has a wheel whose tags the target accepts, by `packaging.tags`,
the rules pip itself applies for `--only-binary=:all: --platform ... --python-version ...`
(macOS: any wheel for the app's floor, LSMinimumSystemVersion in packaging/macos/Info.plist, or
older). Each pin it finds without a wheel is then asked of pip with exactly that `pip download`,
and pip's answer decides. One index page and one metadata file per package, fetched in
parallel (a `pip download` per target would parse every index page nine times: minutes).
When the index cannot be reached, says so and exits 0: the check is skipped, not failed.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import plistlib
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.parser import Parser
from pathlib import Path
from typing import Any, TypeVar

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    NormalizedName,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

from packaging import tags

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ("3.11", "3.12", "3.13")
EXTRAS = ("test", "packaging")
_PLIST = (ROOT / "packaging" / "macos" / "Info.plist").read_bytes().replace(b"@VERSION@", b"0")
MACOS_FLOOR = tuple(int(n) for n in plistlib.loads(_PLIST)["LSMinimumSystemVersion"].split("."))
JSON_INDEX = "application/vnd.pypi.simple.v1+json"
T = TypeVar("T")


@dataclass(frozen=True)
class Target:
    name: str
    platforms: tuple[str, ...]  # platform tags, best first
    markers: tuple[tuple[str, str], ...]


def _mac(arch: str) -> Target:
    markers = {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"}
    return Target(
        f"macosx {arch}",
        tuple(tags.mac_platforms((MACOS_FLOOR[0], MACOS_FLOOR[1]), arch)),
        tuple((markers | {"platform_machine": arch}).items()),
    )


WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
TARGETS = (
    Target("win_amd64", ("win_amd64",), tuple((WINDOWS | {"platform_machine": "AMD64"}).items())),
    _mac("x86_64"),
    _mac("arm64"),
)


class IndexUnreachable(Exception):
    pass


@dataclass
class Verdict:
    target: Target
    python: str
    pins: dict[NormalizedName, Version] = field(default_factory=dict)
    compiled: int = 0
    missing: list[str] = field(default_factory=list)


def _once(method: Callable[..., T]) -> Callable[..., T]:
    """Like functools.cache, but nine threads asking for one page fetch it once."""
    results: dict[tuple[Any, ...], T] = {}
    locks: dict[tuple[Any, ...], threading.Lock] = {}
    guard = threading.Lock()

    @functools.wraps(method)
    def once(*key: Any) -> T:
        with guard:
            lock = locks.setdefault(key, threading.Lock())
        with lock:
            if key not in results:
                results[key] = method(*key)
            return results[key]

    return once


class Index:
    """A PEP 691 package index: each project's files, and a wheel's metadata, fetched once."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")

    def _get(self, url: str, accept: str = "*/*") -> bytes:
        request = urllib.request.Request(url, headers={"Accept": accept})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
                data: bytes = answer.read()
                return data
        except urllib.error.HTTPError:
            raise
        except (urllib.error.URLError, OSError) as error:
            raise IndexUnreachable(f"{url}: {getattr(error, 'reason', error)}") from None

    def answers(self) -> None:
        """Raise IndexUnreachable unless the index answers at all (an error page counts). One
        project's page: the index's own front page lists every project there is."""
        with contextlib.suppress(urllib.error.HTTPError):
            self._get(f"{self.url}/pip/", JSON_INDEX)

    @_once
    def files(self, name: NormalizedName) -> tuple[tuple[Version, dict[str, Any]], ...]:
        """The project's files that are not yanked, each with its version."""
        page = json.loads(self._get(f"{self.url}/{name}/", JSON_INDEX))
        found = (
            (_version_of(f["filename"], name), f) for f in page["files"] if not f.get("yanked")
        )
        return tuple((version, file) for version, file in found if version is not None)

    @_once
    def requires(self, name: NormalizedName, version: Version) -> tuple[str, ...]:
        """Requires-Dist of the version's smallest wheel (its PEP 658 metadata file, which the
        index may not announce; else the wheel itself); of its sdist-only release, none."""
        wheels = [
            file
            for found, file in self.files(name)
            if found == version and file["filename"].endswith(".whl")
        ]
        if not wheels:
            return ()
        wheel = min(wheels, key=lambda file: file.get("size") or 0)
        try:
            text = self._get(wheel["url"] + ".metadata").decode("utf-8")
        except urllib.error.HTTPError:
            with zipfile.ZipFile(io.BytesIO(self._get(wheel["url"]))) as archive:
                path = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
                text = archive.read(path).decode("utf-8")
        return tuple(Parser().parsestr(text).get_all("Requires-Dist") or ())


def _version_of(filename: str, name: NormalizedName) -> Version | None:
    try:
        if filename.endswith(".whl"):
            wheel_name, version, _, _ = parse_wheel_filename(filename)
        else:
            wheel_name, version = parse_sdist_filename(filename)
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None
    return version if wheel_name == name else None


def _python_ok(file: dict[str, Any], python: str) -> bool:
    needed = file.get("requires-python")
    return not needed or Version(f"{python}.0") in _specifiers(needed)


@functools.cache
def _specifiers(text: str) -> SpecifierSet:
    return SpecifierSet(text)


def newest(index: Index, name: NormalizedName, specs: SpecifierSet, python: str) -> Version:
    """What pip installs: the newest version the specifiers allow that has a file for `python`
    (a wheel or a source archive it would build)."""
    versions = {version for version, file in index.files(name) if _python_ok(file, python)}
    allowed = list(specs.filter(versions))
    if not allowed:
        raise SystemExit(f"check_wheels: no release of {name} matches {specs} on Python {python}")
    return max(allowed)


def wheel_for(index: Index, name: NormalizedName, version: Version, accepted: set[Any]) -> str:
    """The file name of a wheel of `name` `version` the target accepts; "" when there is none."""
    for found, file in index.files(name):
        filename = file["filename"]
        if (
            found == version
            and filename.endswith(".whl")
            and accepted & set(parse_wheel_filename(filename)[3])
        ):
            return str(filename)
    return ""


def environment(python: str, target: Target, extra: str = "") -> dict[str, str]:
    return {
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "extra": extra,
        **dict(target.markers),
    }


def applies(requirement: Requirement, python: str, target: Target, extras: Iterable[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(
        requirement.marker.evaluate(environment(python, target, extra)) for extra in ("", *extras)
    )


def top_level() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    texts = [*project["dependencies"]]
    for extra in EXTRAS:
        texts += project["optional-dependencies"][extra]
    return [Requirement(text) for text in texts]


def check(index: Index, target: Target, python: str, wanted: list[Requirement]) -> Verdict:
    """Walk the requirements the target needs, pin each, and look for its wheel."""
    verdict = Verdict(target, python)
    major, minor = (int(n) for n in python.split("."))
    accepted = set(tags.cpython_tags((major, minor), [f"cp{major}{minor}"], target.platforms))
    accepted |= set(tags.compatible_tags((major, minor), f"cp{major}{minor}", target.platforms))
    specs: dict[NormalizedName, SpecifierSet] = {}
    extras: dict[NormalizedName, set[str]] = {}
    queue = [r for r in wanted if applies(r, python, target, ())]
    while queue:
        requirement = queue.pop()
        name = canonicalize_name(requirement.name)
        specs[name] = specs.get(name, SpecifierSet()) & requirement.specifier
        new_extras = requirement.extras - extras.setdefault(name, set())
        extras[name] |= new_extras
        version = newest(index, name, specs[name], python)
        if verdict.pins.get(name) == version and not new_extras:
            continue
        verdict.pins[name] = version
        for text in index.requires(name, version):
            needed = Requirement(text)
            if applies(needed, python, target, extras[name]):
                queue.append(needed)
    for name, version in sorted(verdict.pins.items()):
        wheel = wheel_for(index, name, version, accepted)
        if not wheel and not pip_finds_a_wheel(index, target, python, f"{name}=={version}"):
            verdict.missing.append(f"{name}=={version}")
        verdict.compiled += bool(wheel) and "-none-any" not in wheel
    return verdict


def pip_finds_a_wheel(index: Index, target: Target, python: str, pin: str) -> bool:
    """pip's own answer, with the command the check stands for."""
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "pip", "--isolated", "download", "--no-deps"]
        command += ["--only-binary=:all:", "--python-version", python, "--index-url", index.url]
        command += [arg for platform in target.platforms[:1] for arg in ("--platform", platform)]
        command += ["--timeout", "20", "--quiet", "-d", folder, pin]
        return subprocess.run(command, capture_output=True).returncode == 0  # noqa: S603


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index-url", default="https://pypi.org/simple")
    parser.add_argument(
        "--require", action="append", type=Requirement, help="check this instead of pyproject"
    )
    args = parser.parse_args()
    wanted = args.require or top_level()
    started = time.monotonic()
    index = Index(args.index_url)
    jobs = [(target, python) for target in TARGETS for python in PYTHONS]
    try:
        index.answers()  # fail fast, and say why, when there is no index
        with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
            verdicts = list(pool.map(lambda job: check(index, *job, wanted), jobs))
    except IndexUnreachable as error:
        print(f"check_wheels: SKIPPED: the package index cannot be reached ({error})")
        return 0
    floor = ".".join(map(str, MACOS_FLOOR))
    for verdict in verdicts:
        line = f"{verdict.target.name:<14} Python {verdict.python}: {len(verdict.pins)} pins"
        line += f" ({verdict.compiled} compiled)"
        if verdict.missing:
            print(f"check_wheels: FAILED {line}; no wheel for {', '.join(verdict.missing)}")
        else:
            print(f"check_wheels: ok     {line}")
    failed = any(verdict.missing for verdict in verdicts)
    seconds = time.monotonic() - started
    print(
        f"check_wheels: {'FAILED' if failed else 'passed'} in {seconds:.1f} s"
        f" (macOS {floor} and newer, from packaging/macos/Info.plist)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
