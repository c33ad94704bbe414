"""``python -m frontdesk.web [--host H] [--port P]``: serve with services built from settings."""

from __future__ import annotations

import argparse

from frontdesk.engine.services import bootstrap
from frontdesk.web.serve import serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m frontdesk.web")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    services = bootstrap()
    try:
        serve(services, args.host, args.port)
    finally:
        services.close()


if __name__ == "__main__":
    main()
