"""Command line: argument parsing only. Calls into the core, prints, sets exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop_app import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="seller-desk", description="Seller Desk")
    parser.add_argument("--version", action="version", version=f"Seller Desk {__version__}")
    parser.add_argument("--demo", action="store_true", help="serve the built-in sandbox")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sandbox = commands.add_parser("sandbox", help="serve a marketplace sandbox until interrupted")
    sandbox.add_argument("--marketplace", default="aboutyou", choices=["aboutyou"])
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    sandbox.add_argument("--api-key", default="sandbox-demo-key")
    sandbox.add_argument("--items", type=int, default=5000, help="open demo order items")
    sandbox.add_argument("--latency", type=float, default=2.0, help="seconds a batch takes")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from desktop_app.sandbox.serve import serve_sandbox

    if args.command == "sandbox":
        return serve_sandbox(
            marketplace=args.marketplace,
            host=args.host,
            port=args.port,
            api_key=args.api_key,
            items=args.items,
            latency=args.latency,
        )
    if args.demo:
        # Until the window exists, demo mode serves the sandbox on a free port.
        return serve_sandbox(marketplace="aboutyou", host="127.0.0.1", port=0)
    build_parser().print_help(sys.stderr)
    return 2
