"""Seller Desk: bulk cancel and ship marketplace order items, with a journal of every outcome."""


def __getattr__(name: str) -> str:
    # `__version__` is looked up when asked for: importlib.metadata costs every CLI start 20 ms.
    if name != "__version__":
        raise AttributeError(f"module 'desktop_app' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("seller-desk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"
