"""Await a dialog without a nested event loop: open() it and let `finished` resolve a future."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog


async def ask(dialog: QDialog) -> bool:
    """Open the (window-modal) dialog and wait until it closes; True when accepted."""
    return await result_of(dialog) == QDialog.DialogCode.Accepted


async def result_of(dialog: QDialog) -> int:
    """Open the dialog and wait for the code it finished with (accept, reject or done(n))."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await future
    finally:
        dialog.finished.disconnect(finished)
