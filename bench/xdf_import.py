#!/usr/bin/env python3
"""Times `serviceportal xdf import` of FIM schemas with the release binary, wall clock per run
(process start, opening SQLite and migrations included). Target: largest sample ≤ 2 s.

Usage: bench/xdf_import.py [BINARY] [RUNS]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "release", "serviceportal")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
schemas = os.path.join(root, "..", "shared", "fim", "schemas")
if not os.path.isdir(schemas):
    sys.exit("../shared/fim/schemas is absent: nothing to import")
files = sorted((os.path.join(d, f) for d, _, names in os.walk(schemas) for f in names if f.endswith(".xml")), key=os.path.getsize, reverse=True)[:3]
env = {**os.environ, "LOG_LEVEL": "warning"}
with tempfile.TemporaryDirectory() as data:
    subprocess.run([binary, "orgunit", "create", "--slug", "bench", "--name", "Bench", "--data-dir", data], env=env, check=True, capture_output=True)
    for path in files:
        times = []
        for run in range(runs):
            started = time.perf_counter()
            result = subprocess.run([binary, "xdf", "import", path, "--service", f"bench-{len(times)}-{run}", "--org-unit", "bench", "--data-dir", data],
                                    env=env, capture_output=True, text=True)
            times.append(time.perf_counter() - started)
            if result.returncode != 0:
                sys.exit(result.stderr)
        summary = json.loads(result.stdout)
        times.sort()
        print(f"{os.path.basename(path)}: {os.path.getsize(path) / 1e6:.1f} MB, {summary['fields']} fields, "
              f"median {times[len(times) // 2] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms over {runs} runs")
