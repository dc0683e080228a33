#!/usr/bin/env python3
"""One instance against two behind nginx, on one PostgreSQL (issue 16's paper model of scaling).

Starts its own PostgreSQL, installs the demo data, then measures POST /api/v1/services/…/submissions
with wrk (2 threads, 64 connections, SECONDS each) for:
  1. one `serve` with its in-process worker, wrk straight at it;
  2. the same instance behind nginx (the site of deploy/, plain HTTP to keep TLS out of the figure);
  3. two `serve` instances and one `worker` behind that nginx.
wrk, nginx, PostgreSQL and the portal share the machine's cores; the figures say what the layout
costs or gains here, not what more machines would give.

  bench/cluster.py BINARY [SECONDS]
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from cluster_drill import Process, wait_healthy  # noqa: E402
from demo_process import Demo, free_port  # noqa: E402

BINARY = os.path.abspath(sys.argv[1])
SECONDS = int(sys.argv[2]) if len(sys.argv) > 2 else 10


def wrk(url, body_file, out):
    result = subprocess.run(["wrk", "-t2", "-c64", f"-d{SECONDS}s", "--latency", "-s", os.path.join(ROOT, "bench", "submit.lua"), url],
                            capture_output=True, text=True, env={**os.environ, "BENCH_BODY_FILE": body_file})
    with open(out, "w") as f:
        f.write(result.stdout + result.stderr)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", result.stdout)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)] if p99 else float("nan")
    return f"{float(rate.group(1)) if rate else 0:,.0f} req/s, p99 {p99_ms:.1f} ms, {non2xx.group(1) if non2xx else 0} refused"


def main():
    work = tempfile.mkdtemp(prefix="sp-bench-cluster-")
    os.chmod(work, 0o755)
    out = os.path.join(ROOT, "bench", "out", "cluster-" + time.strftime("%Y%m%d-%H%M%S"))
    os.makedirs(out)
    pg_dir, pg_port = os.path.join(work, "pg"), free_port()
    subprocess.run([os.path.join(ROOT, "scripts", "postgres"), "start", pg_dir, str(pg_port)], check=True)
    bindir = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1]
    server = f"postgres://postgres@127.0.0.1:{pg_port}/postgres"
    subprocess.run([f"{bindir}/psql", server, "-q", "-c", "CREATE DATABASE portal"], check=True)
    database_url = f"postgres://postgres@127.0.0.1:{pg_port}/portal"
    processes, nginx = [], None
    try:
        seed = Demo(BINARY, os.path.join(work, "seed"), free_port(), {"DATABASE_URL": database_url})
        seed.wait_for(r"läuft auf")
        seed.stop()
        body = os.path.join(work, "body.json")
        import json
        sys.path.insert(0, os.path.join(ROOT, "scripts"))
        from e2e import valid_answers
        with open(body, "w") as f:
            json.dump({"answers": valid_answers()}, f, ensure_ascii=False)
        env = {**os.environ, "DATABASE_URL": database_url, "BASE_URL": "http://127.0.0.1", "ALLOW_UNSCANNED_UPLOADS": "true",
               "TRUSTED_PROXIES": "127.0.0.1", "SUBMISSIONS_PER_HOUR": "1000000", "LOG_LEVEL": "warning"}
        port_a, port_b, port_nginx = free_port(), free_port(), free_port()

        def start(name, args, extra):
            os.makedirs(os.path.join(work, name), exist_ok=True)
            process = Process(args, {**env, "DATA_DIR": os.path.join(work, name), **extra}, os.path.join(work, f"{name}.log"))
            process.start()
            processes.append(process)
            return process

        def nginx_with(ports):
            site = open(os.path.join(ROOT, "deploy", "nginx", "serviceportal.conf")).read()
            upstream = "\n".join(f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;" for port in ports)
            site = re.sub(r"(upstream serviceportal \{\n).*?(    keepalive)", lambda m: m.group(1) + upstream + "\n" + m.group(2), site, flags=re.S)
            # Plain HTTP for the measurement: the TLS server block listens without ssl on the bench port.
            site = "\n".join(line for line in site.splitlines() if "[::]" not in line and "ssl_" not in line)
            site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port_nginx};").replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
            with open(os.path.join(work, "site.conf"), "w") as f:
                f.write(site)
            with open(os.path.join(work, "nginx.conf"), "w") as f:
                f.write(f"daemon off;\nworker_processes 1;\n{'user root;' if os.geteuid() == 0 else ''}\npid {work}/nginx.pid;\n"
                        f"error_log {work}/nginx-error.log warn;\nevents {{ worker_connections 4096; }}\n"
                        f"http {{ access_log off; client_body_temp_path {work}/b; proxy_temp_path {work}/p; fastcgi_temp_path {work}/f; "
                        f"uwsgi_temp_path {work}/u; scgi_temp_path {work}/s; include {work}/site.conf; }}\n")
            process = subprocess.Popen(["nginx", "-c", os.path.join(work, "nginx.conf"), "-p", work],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(0.5)
            return process

        one = start("one", ["serve", "--port", str(port_a)], {"RUN_WORKERS": "true"})
        wait_healthy(port_a)
        lines = [f"one instance, direct:        {wrk(f'http://127.0.0.1:{port_a}/api/v1/services/brunnenbohrung-anzeigen/submissions', body, os.path.join(out, 'one.txt'))}"]
        nginx = nginx_with([port_a])
        lines.append(f"one instance behind nginx:   {wrk(f'http://127.0.0.1:{port_nginx}/api/v1/services/brunnenbohrung-anzeigen/submissions', body, os.path.join(out, 'one-nginx.txt'))}")
        nginx.terminate()
        nginx.wait()
        one.stop()
        start("a", ["serve", "--port", str(port_a)], {"RUN_WORKERS": "false"})
        start("b", ["serve", "--port", str(port_b)], {"RUN_WORKERS": "false"})
        start("worker", ["worker"], {})
        wait_healthy(port_a)
        wait_healthy(port_b)
        nginx = nginx_with([port_a, port_b])
        lines.append(f"two instances + worker, nginx: {wrk(f'http://127.0.0.1:{port_nginx}/api/v1/services/brunnenbohrung-anzeigen/submissions', body, os.path.join(out, 'two-nginx.txt'))}")
        with open(os.path.join(out, "summary.txt"), "w") as f:
            f.write("\n".join(lines) + "\n")
        print("\n".join(lines))
        print(f"raw output: {out}")
    finally:
        for process in processes:
            process.stop()
        if nginx and nginx.poll() is None:
            nginx.terminate()
        subprocess.run([os.path.join(ROOT, "scripts", "postgres"), "stop", pg_dir])
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
