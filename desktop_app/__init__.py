"""Seller Desk: bulk cancel and ship marketplace order items, with a journal of every outcome."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("seller-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
