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
    for script, args, stores in (
        ("engine_throughput.py", ["--decisions", "5000"], True),
        ("import_speed.py", ["--units", "100000"], True),
        ("triage_quality.py", ["--eval", "corpus/portal/eval26.jsonl"], False),
        ("triage_speed.py", [], False),
        ("e2e_messages.py", ["--messages", "5000", "--events", "1000000"], True),
    ):
        print(f"== {script} {' '.join(args)}", flush=True)
        command = [sys.executable, str(HERE / script), *args, *(extra if stores else [])]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
