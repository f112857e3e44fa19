"""Issue 16 finding 4: every place that names a profile says SANDBOX or PRODUCTION."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QListView

from desktop_app.ui.dialogs.profiles import ProfilesDialog
from tests.integration.cli_helpers import CliEnv
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import add_profile


def test_status_bar_dropdown_and_profile_list_name_the_environment(
    qtbot: Any, make_window: WindowFactory
) -> None:
    add_profile("Live shop", "https://partner.example", "k", "production")
    window = make_window()  # demo: the demo profile and the stored production one
    selector = window.findChild(QComboBox, "profileSelector")
    texts = [selector.itemText(i) for i in range(selector.count())]
    assert any("Demo marketplace" in t and "SANDBOX" in t for t in texts), texts
    assert any("Live shop" in t and "PRODUCTION" in t for t in texts), texts

    status = window.findChild(QLabel, "statusEnvironment")
    network = window.findChild(QLabel, "networkState")
    selector.setCurrentIndex(next(i for i, t in enumerate(texts) if "Demo" in t))
    assert status.text() == "SANDBOX" and "Demo" in network.text()
    selector.setCurrentIndex(next(i for i, t in enumerate(texts) if "Live shop" in t))
    assert status.text() == "PRODUCTION"
    assert "Demo" not in network.text() and "sandbox" not in network.text().lower()

    dialog = ProfilesDialog(window, window.ctx)
    qtbot.addWidget(dialog)
    listing = dialog.findChild(QListView, "profileList")
    names = [listing.model().index(r, 0).data() for r in range(listing.model().rowCount())]
    assert names == ["Live shop · PRODUCTION"]


def test_profile_add_needs_an_environment_and_says_why(tmp_path: Path) -> None:
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    args = ("profile", "add", "p", "--marketplace", "aboutyou", "--base-url", "https://x.example")
    done = cli.run(*args, stdin="key\n")
    assert done.returncode == 2
    assert "--environment sandbox or --environment production" in done.stderr
    assert "never guesses" in done.stderr
    assert not (cli.home / "config" / "profiles.json").exists()
    assert cli.run(*args, "--environment", "sandbox", stdin="key\n").returncode == 0
