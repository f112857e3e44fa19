"""Faithful marketplace sandboxes (Starlette apps). Qt-free."""
