#!/usr/bin/env python3
"""Backup drill (issue 16): `serviceportal backup` while applications arrive, `restore` into an
empty folder, and every application acknowledged before the backup started is in the copy with its
files; the restored folder serves. Then the refusals (existing target, folder not empty, damaged or
foreign file). With SERVICEPORTAL_TEST_POSTGRES_URL the documented PostgreSQL procedure once:
pg_dump -Fc, pg_restore into a new database, the same cases and file bytes there.

  backup_drill.py BINARY

Prints one line per check and ends with "N passed, N failed".
"""
import http.client
import glob
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_process import Demo, free_port  # noqa: E402
from e2e import check, request as call, results, valid_answers  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/serviceportal")
SERVICE = "brunnenbohrung-anzeigen"
DECISIONS = 10


def pdf(number):
    """A small PDF of its own per case, so the bytes in the copy can be compared."""
    return f"%PDF-1.4\n% Bescheid {number}\n1 0 obj << /Type /Pages /Count 0 >> endobj\n%%EOF\n".encode()


def decide(base, key, reference, number, make_pdf=pdf):
    """Moves the case to "in progress" and delivers a decision PDF through the staff API."""
    status, text = call(base, "POST", f"/api/v1/submissions/{reference}/status", json.dumps({"status": "inProgress"}), key=key)
    if status != 200:
        return status, text
    req = urllib.request.Request(f"{base}/api/v1/submissions/{reference}/decision?outcome=granted", data=make_pdf(number), method="POST")
    req.add_header("Content-Type", "application/pdf")
    req.add_header("Content-Disposition", f'attachment; filename="Bescheid {number}.pdf"')
    req.add_header("Authorization", "Bearer " + key)
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def decision_bytes(rows):
    """reference → sha256 of the decision file, from (reference, chunk data) rows in chunk order."""
    files = {}
    for reference, data in rows:
        files.setdefault(reference, hashlib.sha256())
        files[reference].update(bytes(data))
    return {reference: digest.hexdigest() for reference, digest in files.items()}


DECISION_SQL = """
    SELECT s.reference, c.data FROM decisions d JOIN submissions s ON s.id = d.submission_id
    JOIN upload_chunks c ON c.upload_id = d.upload_id ORDER BY s.reference, c.seq
"""


def run(args, **kwargs):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=120, **kwargs)


def sqlite_drill(work):
    data_dir = os.path.join(work, "data")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    demo = Demo(BINARY, data_dir, port, {"SUBMISSIONS_PER_HOUR": "1000000"})
    try:
        check("the demo starts", demo.wait_for(r"läuft auf") is not None, "\n".join(demo.lines))
        key_line = demo.wait_for(r"API-Schlüssel Untere Wasserbehörde: (sp_[A-Za-z0-9_-]+)", 5)
        key = key_line.group(1) if key_line else ""
        body = json.dumps({"answers": valid_answers()})
        decided = []
        for number in range(DECISIONS):
            status, text = call(base, "POST", f"/api/v1/services/{SERVICE}/submissions", body)
            reference = json.loads(text)["reference"] if status == 201 else None
            if reference and decide(base, key, reference, number)[0] == 201:
                decided.append(reference)
        check(f"{DECISIONS} cases with a decision file before the load", len(decided) == DECISIONS, decided)

        # The load: applications go on arriving while the backup is written.
        acknowledged = []
        lock = threading.Lock()
        stop = threading.Event()

        def file_loop(_):
            while not stop.is_set():
                try:
                    status, text = call(base, "POST", f"/api/v1/services/{SERVICE}/submissions", body)
                except (OSError, http.client.HTTPException):
                    continue
                if status == 201:
                    with lock:
                        acknowledged.append((json.loads(text)["reference"], time.time()))

        backup = os.path.join(work, "sicherung.sqlite")
        with ThreadPoolExecutor(max_workers=4) as pool:
            for worker in range(4):
                pool.submit(file_loop, worker)
            time.sleep(2)
            backup_started = time.time()
            made = run(["backup", "--data-dir", data_dir, "--to", backup])
            backup_ended = time.time()
            time.sleep(1)
            stop.set()
        check("backup during the load succeeds and says it checked the copy", made.returncode == 0 and "integrity_check: ok" in made.stdout,
              made.stdout + made.stderr)
        print(f"     backup took {backup_ended - backup_started:.2f} s while {len(acknowledged)} applications were acknowledged in all")
        before = [reference for reference, at in acknowledged if at < backup_started]
        check("applications were acknowledged before and after the backup started",
              len(before) > 0 and len(before) < len(acknowledged), f"{len(before)} of {len(acknowledged)}")
        check("the backup is readable by the portal's user only", os.stat(backup).st_mode & 0o077 == 0, oct(os.stat(backup).st_mode))
        source_decisions = decision_bytes(sqlite3.connect(os.path.join(data_dir, "serviceportal.sqlite")).execute(DECISION_SQL).fetchall())
        demo.stop()

        restored_dir = os.path.join(work, "wiederhergestellt")
        restored = run(["restore", backup, "--data-dir", restored_dir])
        check("restore into a new folder succeeds with counts", restored.returncode == 0 and "Anträge:" in restored.stdout, restored.stdout + restored.stderr)
        database = sqlite3.connect(os.path.join(restored_dir, "serviceportal.sqlite"))
        present = {row[0] for row in database.execute("SELECT reference FROM submissions")}
        missing = [reference for reference in before if reference not in present]
        check(f"every application acknowledged before the backup started is in the copy ({len(before)})", not missing, missing[:5])
        copied = decision_bytes(database.execute(DECISION_SQL).fetchall())
        check("every decision file is in the copy, byte for byte",
              all(copied.get(reference) == source_decisions.get(reference) for reference in decided) and len(copied) >= DECISIONS,
              f"{len(copied)} files")
        integrity = database.execute("PRAGMA integrity_check").fetchone()[0]
        check("the copy passes SQLite's integrity check", integrity == "ok", integrity)
        database.close()

        # The restored folder serves: the staff API finds a case and its decision.
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        served = Demo(BINARY, restored_dir, port)
        try:
            check("the portal starts on the restored folder", served.wait_for(r"läuft auf") is not None, "\n".join(served.lines))
            status, text = call(base, "GET", f"/api/v1/submissions/{decided[0]}", key=key)
            check("a case from before the backup answers from the restored portal", status == 200 and decided[0] in text, f"{status} {text[:200]}")
        finally:
            served.stop()

        # Refusals: each with a message, nothing changed.
        again = run(["backup", "--data-dir", data_dir, "--to", backup])
        check("a backup never overwrites a file", again.returncode == 2 and "gibt es schon" in again.stderr, again.stderr)
        busy = run(["restore", backup, "--data-dir", restored_dir])
        check("a restore into a folder that is not empty is refused", busy.returncode == 2 and "nicht leer" in busy.stderr, busy.stderr)
        with open(backup, "rb") as f:
            content = f.read()
        damaged = os.path.join(work, "beschaedigt.sqlite")
        with open(damaged, "wb") as f:
            f.write(content[: len(content) // 3])
        broken = run(["restore", damaged, "--data-dir", os.path.join(work, "aus-beschaedigt")])
        check("a damaged backup is refused and leaves no folder", broken.returncode == 2 and "beschädigt" in broken.stderr
              and not os.path.exists(os.path.join(work, "aus-beschaedigt")), broken.stderr)
        foreign = os.path.join(work, "bericht.pdf")
        with open(foreign, "wb") as f:
            f.write(pdf(99))
        refused = run(["restore", foreign, "--data-dir", os.path.join(work, "aus-pdf")])
        check("a file that is no backup is refused", refused.returncode == 2 and "keine Sicherung" in refused.stderr, refused.stderr)
    finally:
        demo.stop()


def postgres_drill(work, server_url):
    """The procedure of docs/operations.md, once: pg_dump -Fc of a running portal's database, pg_restore
    into a new one, the same cases and file bytes there."""
    bindir = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1]
    admin = server_url
    source_url = server_url.rsplit("/", 1)[0] + "/sp_backup_source"
    target_url = server_url.rsplit("/", 1)[0] + "/sp_backup_target"
    for name in ("sp_backup_source", "sp_backup_target"):
        subprocess.run([f"{bindir}/psql", admin, "-q", "-c", f"DROP DATABASE IF EXISTS {name}"], check=True, capture_output=True)
    subprocess.run([f"{bindir}/psql", admin, "-q", "-c", "CREATE DATABASE sp_backup_source"], check=True, capture_output=True)
    data_dir = os.path.join(work, "pg-data")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    demo = Demo(BINARY, data_dir, port, {"DATABASE_URL": source_url})
    try:
        check("PostgreSQL: the demo starts", demo.wait_for(r"läuft auf") is not None, "\n".join(demo.lines))
        key_line = demo.wait_for(r"API-Schlüssel Untere Wasserbehörde: (sp_[A-Za-z0-9_-]+)", 5)
        key = key_line.group(1) if key_line else ""
        body = json.dumps({"answers": valid_answers()})
        decided = []
        for number in range(5):
            status, text = call(base, "POST", f"/api/v1/services/{SERVICE}/submissions", body)
            if status == 201 and decide(base, key, json.loads(text)["reference"], number)[0] == 201:
                decided.append(json.loads(text)["reference"])
        check("PostgreSQL: cases with decision files", len(decided) == 5, decided)
        refused = run(["backup", "--database-url", source_url, "--to", os.path.join(work, "pg.sqlite")])
        check("PostgreSQL: serviceportal backup points to pg_dump", refused.returncode == 2 and "pg_dump" in refused.stderr, refused.stderr)
        dump = os.path.join(work, "serviceportal.dump")
        # While the portal runs: pg_dump reads one consistent snapshot.
        dumped = subprocess.run([f"{bindir}/pg_dump", "-Fc", "-f", dump, source_url], capture_output=True, text=True)
        check("PostgreSQL: pg_dump -Fc while the portal runs", dumped.returncode == 0, dumped.stderr)
    finally:
        demo.stop()
    subprocess.run([f"{bindir}/psql", admin, "-q", "-c", "CREATE DATABASE sp_backup_target"], check=True, capture_output=True)
    restored = subprocess.run([f"{bindir}/pg_restore", "--no-owner", "-d", target_url, dump], capture_output=True, text=True)
    check("PostgreSQL: pg_restore into a new database", restored.returncode == 0, restored.stderr)

    def query(url, sql):
        out = subprocess.run([f"{bindir}/psql", url, "-At", "-c", sql], capture_output=True, text=True, check=True).stdout
        return out.strip().splitlines()

    files_sql = ("SELECT s.reference || ' ' || md5(string_agg(encode(c.data, 'hex'), '' ORDER BY c.seq)) FROM decisions d "
                 "JOIN submissions s ON s.id = d.submission_id JOIN upload_chunks c ON c.upload_id = d.upload_id GROUP BY s.reference ORDER BY 1")
    check("PostgreSQL: the same cases in the restored database",
          query(source_url, "SELECT reference FROM submissions ORDER BY 1") == query(target_url, "SELECT reference FROM submissions ORDER BY 1"))
    source_files = query(source_url, files_sql)
    check("PostgreSQL: the same decision files, byte for byte", len(source_files) == 5 and source_files == query(target_url, files_sql), source_files)
    migrated = run(["migrate", "--database-url", target_url])
    check("PostgreSQL: the restored database is current for the portal", migrated.returncode == 0, migrated.stdout + migrated.stderr)
    for name in ("sp_backup_source", "sp_backup_target"):
        subprocess.run([f"{bindir}/psql", admin, "-q", "-c", f"DROP DATABASE IF EXISTS {name}"], capture_output=True)


def main():
    if not os.path.exists(BINARY):
        print(f"FAIL binary missing: {BINARY}")
        print("0 passed, 1 failed")
        return 1
    work = tempfile.mkdtemp(prefix="sp-backup-")
    try:
        sqlite_drill(work)
        server_url = os.environ.get("SERVICEPORTAL_TEST_POSTGRES_URL")
        if server_url:
            postgres_drill(work, server_url)
        else:
            check("PostgreSQL part: SERVICEPORTAL_TEST_POSTGRES_URL is set (scripts/test sets it)", False)
    except Exception as error:  # anything unexpected is a failed check, not a silent pass
        check("backup drill completes", False, repr(error))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 0 if results["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
