"""Await a dialog without a nested event loop: open() it and let `finished` resolve a future."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog


async def ask(dialog: QDialog) -> bool:
    """Open the (window-modal) dialog and wait until it closes; True when accepted."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await future == QDialog.DialogCode.Accepted
    finally:
        dialog.finished.disconnect(finished)
