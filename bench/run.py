"""Run every benchmark with the sizes recorded in bench/RESULTS.md (`make bench`).

Set FRONTDESK_BENCH_POSTGRES_URL to include PostgreSQL.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    extra = []
    if url := os.environ.get("FRONTDESK_BENCH_POSTGRES_URL"):
        extra = ["--postgres-url", url]
    for script, args in (
        ("engine_throughput.py", ["--decisions", "5000"]),
        ("import_speed.py", ["--units", "100000"]),
    ):
        print(f"== {script} {' '.join(args)}", flush=True)
        subprocess.run([sys.executable, str(HERE / script), *args, *extra], check=True)


if __name__ == "__main__":
    main()
