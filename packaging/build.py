"""Build Seller Desk for the current OS into dist/: `python packaging/build.py [--clean]`.

Linux: dist/SellerDesk-<version>-linux-<arch>.tar.gz (onedir + .desktop file).
Windows: dist/SellerDesk-<version>-setup.exe (Inno Setup, when ISCC is installed).
macOS: dist/SellerDesk-<version>-macos-<arm64|x86_64>.dmg, for the Mac it runs on (an Intel build
needs an Intel Mac or runner; packaging/macos/build_dmg.sh; signs when identities are set).
Prints the unpacked and compressed sizes against the budgets; exits 1 when Linux is over them.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST, BUILD = ROOT / "dist", ROOT / "build"
ICONS = BUILD / "icons"
ONEDIR = DIST / "seller-desk"
MB = 1_000_000
BUDGET_UNPACKED, BUDGET_COMPRESSED = 200 * MB, 80 * MB


def version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return str(project["version"])


def render_icons() -> None:
    """Windows wants .ico and macOS .icns; we keep one SVG and render both from it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    for size, names in ((256, ("app.ico", "app.png")), (1024, ("app.icns",))):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        for name in names:
            if not image.save(str(ICONS / name)):
                raise SystemExit(f"could not write {ICONS / name}")


def run_pyinstaller(clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller")]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(PACKAGING / "seller_desk.spec")], check=True, cwd=ROOT)


def tree_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def package_linux(ver: str) -> Path:
    """One top folder, the onedir inside, plus the .desktop file and the icon it names."""
    top = f"SellerDesk-{ver}"
    archive = DIST / f"{top}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(ONEDIR, arcname=top)
        tar.add(PACKAGING / "linux" / "seller-desk.desktop", arcname=f"{top}/seller-desk.desktop")
        tar.add(ICONS / "app.png", arcname=f"{top}/seller-desk.png")
    return archive


def package_windows(ver: str) -> Path | None:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(iscc).is_file():
        print("Inno Setup (ISCC.exe) not found: skipping the installer; the onedir is in dist/.")
        return None
    script = PACKAGING / "windows" / "seller-desk.iss"
    defines = [f"/DAppVersion={ver}", f"/DSourceDir={ONEDIR}", f"/DIconFile={ICONS / 'app.ico'}"]
    subprocess.run([iscc, "/Q", *defines, f"/O{DIST}", str(script)], check=True)
    return DIST / f"SellerDesk-{ver}-setup.exe"


def package_macos(ver: str) -> Path:
    script = PACKAGING / "macos" / "build_dmg.sh"
    arch = platform.machine()  # arm64 or x86_64: PyInstaller builds for the running Python
    app = str(DIST / "Seller Desk.app")
    subprocess.run(["bash", str(script), app, ver, str(DIST), arch], check=True)
    return DIST / f"SellerDesk-{ver}-macos-{arch}.dmg"


def report(unpacked: int, artifact: Path | None, enforce: bool) -> bool:
    """Print the sizes against the budgets; True when within them (or not enforced)."""
    compressed = artifact.stat().st_size if artifact else 0
    ok = unpacked <= BUDGET_UNPACKED and compressed <= BUDGET_COMPRESSED
    print(f"unpacked:   {unpacked / MB:7.1f} MB  (budget {BUDGET_UNPACKED / MB:.0f} MB)")
    if artifact:
        print(f"compressed: {compressed / MB:7.1f} MB  (budget {BUDGET_COMPRESSED / MB:.0f} MB)")
        print(f"artifact:   {artifact.relative_to(ROOT)}")
    if not ok:
        print("OVER BUDGET" + ("" if enforce else " (the budgets are set for Linux)"))
    return ok or not enforce


def main(argv: list[str]) -> int:
    started = time.monotonic()
    ver = version()
    print(f"Building Seller Desk {ver} for {sys.platform} ...", flush=True)
    render_icons()
    run_pyinstaller(clean="--clean" in argv)
    if sys.platform == "darwin":
        bundle = DIST / "Seller Desk.app"
        artifact: Path | None = package_macos(ver)
    elif sys.platform == "win32":
        bundle, artifact = ONEDIR, package_windows(ver)
    else:
        bundle, artifact = ONEDIR, package_linux(ver)
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0 if report(tree_size(bundle), artifact, enforce=sys.platform == "linux") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
