"""How fast intake understands messages: per-message latency on one core, and batch throughput.

    taskset -c 0 .venv/bin/python bench/triage_speed.py \
        [--messages 10000] [--eval corpus/portal/eval26.jsonl]

Single-message latency calls ``understand`` once per message (after one warm-up call, which
loads the model) and reports p50/p99; the batch figure streams ``--messages`` JSONL lines
through ``triage_stream``, the code path of ``frontdesk triage``. Numeric libraries are pinned
to one thread so the figures are per core.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from frontdesk.intake.batch import triage_stream  # noqa: E402
from frontdesk.intake.corpus import load_examples  # noqa: E402
from frontdesk.intake.model import shipped_model  # noqa: E402
from frontdesk.intake.understand import understand  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--eval", type=Path, default=Path("corpus/portal/eval26.jsonl"))
    args = parser.parse_args()
    texts = [e.text for e in load_examples(args.eval)]
    t0 = time.perf_counter()
    shipped_model()
    print(f"model load            {1000 * (time.perf_counter() - t0):8.1f} ms (once per process)")
    understand(texts[0])
    latencies = []
    for text in texts:
        start = time.perf_counter()
        understand(text)
        latencies.append(1000 * (time.perf_counter() - start))
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
    print(
        f"single message        n={len(latencies)}  p50 {statistics.median(latencies):.2f} ms"
        f"  p99 {p99:.2f} ms  max {latencies[-1]:.2f} ms  (target p99 <= 20 ms)"
    )
    lines = [json.dumps({"id": i, "text": texts[i % len(texts)]}) for i in range(args.messages)]
    out = io.StringIO()
    start = time.perf_counter()
    report = triage_stream(lines, out)
    seconds = time.perf_counter() - start
    print(
        f"batch triage_stream   {report.read} messages in {seconds:.1f} s "
        f"({report.read / seconds:,.0f} msg/s; target 10,000 in < 60 s), "
        f"errors {len(report.errors)}"
    )


if __name__ == "__main__":
    main()
