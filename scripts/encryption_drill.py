#!/usr/bin/env python3
"""Encryption drill (issue 16): the real binary with ENCRYPTION_KEY_FILE.

- applications with distinctive answers and decision PDFs are filed; afterwards no file of the data
  folder (database, WAL) contains an answer or the PDF's bytes in plain;
- a new key is put on top, the portal restarted, and `keys rotate` runs while applications keep
  arriving: no request fails, and nothing is left under the old key;
- refusals at start: a missing key file, one readable by others, one without the key in use, and an
  encrypted database without ENCRYPTION_KEY_FILE.

  encryption_drill.py BINARY

Prints one line per check and ends with "N passed, N failed".
"""
import http.client
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_process import Demo, free_port  # noqa: E402
from backup_drill import decide  # noqa: E402
from e2e import check, request as call, results, valid_answers  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/serviceportal")
SERVICE = "brunnenbohrung-anzeigen"
FIRM = "Quastenflosser Brunnenbau Zyklop GmbH"
PDF_MARKER = b"Bescheid-Quastenflosser-4711"


def answers():
    values = valid_answers()
    values["bohrfirma"] = FIRM
    return values


def pdf(number):
    return b"%PDF-1.4\n% " + PDF_MARKER + b" " + str(number).encode() + b"\n1 0 obj << /Type /Pages /Count 0 >> endobj\n%%EOF\n"


def plain_hits(folder, needles):
    """(file, needle) for every file of the folder that holds a needle in plain."""
    hits = []
    for root, _, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as f:
                content = f.read()
            hits += [(name, needle) for needle in needles if needle in content]
    return hits


def refused(data_dir, env, text):
    """Starts the demo with `env`; it must stop at once with exit code 2 and say `text`."""
    port = free_port()
    demo = Demo(BINARY, data_dir, port, env)
    demo.process.wait(timeout=60)
    log = open(os.path.join(os.path.dirname(data_dir), f"server-{port}.log"), encoding="utf-8").read()
    return demo.process.returncode == 2 and text in log, f"exit {demo.process.returncode}: {log[-400:]}"


def main():
    if not os.path.exists(BINARY):
        print(f"FAIL binary missing: {BINARY}")
        print("0 passed, 1 failed")
        return 1
    work = tempfile.mkdtemp(prefix="sp-encryption-")
    data_dir = os.path.join(work, "data")
    keys = os.path.join(work, "schluessel")
    demo = None
    try:
        made = subprocess.run([BINARY, "keys", "new", "--file", keys], capture_output=True, text=True, timeout=30)
        check("keys new writes a key file readable by its owner only", made.returncode == 0 and os.stat(keys).st_mode & 0o077 == 0,
              made.stdout + made.stderr)
        first_key = open(keys).read().splitlines()[1].split()[0]
        env = {"ENCRYPTION_KEY_FILE": keys, "SUBMISSIONS_PER_HOUR": "1000000"}
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        demo = Demo(BINARY, data_dir, port, env)
        check("the demo starts with the key file", demo.wait_for(r"läuft auf") is not None, "\n".join(demo.lines))
        check("the demo does not claim to run unencrypted", not any("unverschlüsselt" in line for line in demo.lines), demo.lines)
        key = demo.wait_for(r"API-Schlüssel Untere Wasserbehörde: (sp_[A-Za-z0-9_-]+)", 5).group(1)
        body = json.dumps({"answers": answers()})
        decided = 0
        for number in range(10):
            status, text = call(base, "POST", f"/api/v1/services/{SERVICE}/submissions", body)
            if status == 201 and decide(base, key, json.loads(text)["reference"], number, pdf)[0] == 201:
                decided += 1
        check("10 applications with decision PDFs filed", decided == 10, decided)
        time.sleep(1.5)  # receipts and mails by the in-process worker
        status, text = call(base, "GET", "/api/v1/submissions?limit=1", key=key)
        reference = json.loads(text)["items"][0]["reference"] if status == 200 else ""
        status, text = call(base, "GET", f"/api/v1/submissions/{reference}", key=key)
        check("the staff API reads the answers back", status == 200 and FIRM in text, text[:300])
        check("the demo stops cleanly", demo.stop() == 0)
        hits = plain_hits(data_dir, [FIRM.encode(), PDF_MARKER, "Gartenweg 2".encode()])
        check("no file of the data folder holds an answer or a PDF's bytes in plain", not hits, hits[:5])

        # A new key on top, a restart, and the rotation while applications arrive.
        again = subprocess.run([BINARY, "keys", "new", "--file", keys], capture_output=True, text=True, timeout=30)
        second_key = open(keys).read().splitlines()[1].split()[0]
        check("keys new puts a second key on top and keeps the first", again.returncode == 0 and second_key != first_key
              and first_key in open(keys).read())
        demo = Demo(BINARY, data_dir, port, env)
        check("the demo starts with both keys", demo.wait_for(r"läuft auf") is not None, "\n".join(demo.lines))
        outcomes = {"ok": 0, "failed": []}
        lock = threading.Lock()
        done = threading.Event()

        def file_loop(_):
            while not done.is_set():
                try:
                    status, text = call(base, "POST", f"/api/v1/services/{SERVICE}/submissions", body)
                except (OSError, http.client.HTTPException) as error:
                    status, text = 0, repr(error)
                with lock:
                    if status == 201:
                        outcomes["ok"] += 1
                    else:
                        outcomes["failed"].append((status, text[:120]))

        with ThreadPoolExecutor(max_workers=4) as pool:
            for index in range(4):
                pool.submit(file_loop, index)
            time.sleep(0.5)
            rotation = subprocess.run([BINARY, "keys", "rotate", "--data-dir", data_dir], capture_output=True, text=True, timeout=300,
                                      env={**os.environ, **env, "LOG_LEVEL": "warning"})
            time.sleep(0.5)
            done.set()
        print(f"     {rotation.stdout.strip()}")
        check("keys rotate completes while the portal runs", rotation.returncode == 0 and "Neu verschlüsselt" in rotation.stdout,
              rotation.stdout + rotation.stderr)
        check(f"no request failed during the rotation ({outcomes['ok']} filed)", outcomes["ok"] > 0 and not outcomes["failed"], outcomes["failed"][:3])
        check("the demo stops cleanly after the rotation", demo.stop() == 0)
        database = sqlite3.connect(os.path.join(data_dir, "serviceportal.sqlite"))
        old_answers = database.execute("SELECT COUNT(*) FROM submissions WHERE answers NOT LIKE ?", (f"enc1:{second_key}:%",)).fetchone()[0]
        old_chunks = database.execute("SELECT COUNT(*) FROM upload_chunks WHERE key_id IS NOT ?", (second_key,)).fetchone()[0]
        old_receipts = database.execute("SELECT COUNT(*) FROM receipts WHERE key_id IS NOT ?", (second_key,)).fetchone()[0]
        in_use = [row[0] for row in database.execute("SELECT id FROM encryption_keys")]
        database.close()
        check("afterwards nothing is left under the old key or in plain", old_answers == 0 and old_chunks == 0 and old_receipts == 0
              and in_use == [second_key], (old_answers, old_chunks, old_receipts, in_use))
        hits = plain_hits(data_dir, [FIRM.encode(), PDF_MARKER])
        check("still nothing in plain in the data folder", not hits, hits[:5])

        # Refusals at start, each with its reason; the data stays as it is.
        ok, detail = refused(data_dir, {"ENCRYPTION_KEY_FILE": os.path.join(work, "fehlt")}, "gibt es nicht")
        check("a missing key file stops the start", ok, detail)
        os.chmod(keys, 0o644)
        ok, detail = refused(data_dir, env, "für andere lesbar")
        check("a key file readable by others stops the start", ok, detail)
        os.chmod(keys, 0o600)
        only_first = os.path.join(work, "nur-alt")
        with open(only_first, "w") as f:
            f.write([line for line in open(keys).read().splitlines() if line.startswith(first_key)][0] + "\n")
        os.chmod(only_first, 0o600)
        ok, detail = refused(data_dir, {"ENCRYPTION_KEY_FILE": only_first}, f"enthält den Schlüssel „{second_key}“ nicht")
        check("a key file without the key in use stops the start", ok, detail)
        ok, detail = refused(data_dir, {"ENCRYPTION_KEY_FILE": ""}, "ENCRYPTION_KEY_FILE ist nicht gesetzt")
        check("an encrypted database without ENCRYPTION_KEY_FILE does not start (never plain storage)", ok, detail)
        demo = Demo(BINARY, data_dir, port, env)
        check("with the right key file it starts again", demo.wait_for(r"läuft auf") is not None, "\n".join(demo.lines))
    except Exception:  # anything unexpected is a failed check, not a silent pass
        import traceback
        check("encryption drill completes", False, traceback.format_exc())
    finally:
        if demo:
            demo.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 0 if results["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
