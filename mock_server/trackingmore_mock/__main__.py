"""`python -m trackingmore_mock [serve] --host 127.0.0.1 --port 8080 ...`: the `trackingmore-mock` command."""

from __future__ import annotations

from .cli import main, parse_args

__all__ = ["main", "parse_args"]

if __name__ == "__main__":
    main()
