#!/usr/bin/env python3
"""Hand-over drill (issue 15): 1,000 applications through the API while the webhook receiver fails
30 % of its requests and the portal (`demo`, job workers in-process) is killed with SIGKILL three
times and started again. Afterwards every acknowledged application must have been delivered to the
receiver exactly once after de-duplication by `webhook-id`, written once into the hot folder (with
no temporary folder left), and its deliveries must read "delivered" in the staff API.

  handover_drill.py BINARY [COUNT]

Prints its figures and ends with "N passed, N failed".
"""
import http.client
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_process import Demo, free_port  # noqa: E402
from e2e import check, request as call, results, valid_answers  # noqa: E402

BINARY = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/serviceportal"
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
KILLS = 3
SERVICE = "brunnenbohrung-anzeigen"
def main():
    if not os.path.exists(BINARY):
        print(f"FAIL binary missing: {BINARY}")
        print("0 passed, 1 failed")
        return 1
    work = tempfile.mkdtemp(prefix="sp-drill-")
    data_dir = os.path.join(work, "data")
    folder = os.path.join(work, "dms")
    os.makedirs(folder)
    secret = "whsec_" + base64.b64encode(os.urandom(32)).decode()
    receiver_port = free_port()
    receiver = subprocess.Popen(
        [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "testtools", "webhook_receiver.py"),
         str(receiver_port), "--secret", secret, "--fail-share", "0.3", "--seed", "15"],
        stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "receiver.log"), "w"))
    receiver_base = f"http://127.0.0.1:{receiver_port}"
    env = {"HANDOVER_RETRY_SECONDS": "0.2", "HANDOVER_MAX_ATTEMPTS": "30", "SUBMISSIONS_PER_HOUR": "1000000"}
    demo = None
    try:
        for _ in range(40):
            try:
                urllib.request.urlopen(receiver_base + "/stats", timeout=1)
                break
            except OSError:
                time.sleep(0.25)
        # First start: the demo data and its key; then the two channels on the command line.
        port = free_port()
        demo = Demo(BINARY, data_dir, port, env)
        check("the demo starts", demo.wait_for(r"läuft auf") is not None, "\n".join(demo.lines))
        key_line = demo.wait_for(r"API-Schlüssel Untere Wasserbehörde: (sp_[A-Za-z0-9_-]+)", 5)
        key = key_line.group(1) if key_line else ""
        demo.stop()
        added = subprocess.run(
            [BINARY, "handover", "add", "--data-dir", data_dir, "--service", SERVICE, "--webhook", receiver_base + "/hook", "--secret", secret],
            capture_output=True, text=True, timeout=60)
        channel = re.search(r"Übergabeweg (\S+) \(webhook\)", added.stdout)
        check("handover add sets up the webhook", added.returncode == 0 and channel is not None, added.stdout + added.stderr)
        folder_added = subprocess.run(
            [BINARY, "handover", "add", "--data-dir", data_dir, "--service", SERVICE, "--hot-folder", folder],
            capture_output=True, text=True, timeout=60)
        check("handover add sets up the hot folder", folder_added.returncode == 0, folder_added.stdout + folder_added.stderr)
        listed = subprocess.run([BINARY, "handover", "list", "--data-dir", data_dir], capture_output=True, text=True, timeout=60)
        check("handover list shows both", listed.stdout.count(SERVICE) == 2, listed.stdout)
        if channel is None or not key:
            return 1
        channel_id = channel.group(1)

        port = free_port()
        demo = Demo(BINARY, data_dir, port, env)
        demo.wait_for(r"läuft auf")
        base = f"http://127.0.0.1:{port}"
        acknowledged = []
        lock = threading.Lock()
        body = json.dumps({"answers": valid_answers()})
        started = time.time()
        state = {"demo": demo, "kills": 0, "attempts": 0}
        # Filers wait while the portal restarts: a refused connection during the restart is no
        # attempt, or a slow start (CI) would use up the attempts before COUNT are acknowledged.
        running = threading.Event()
        running.set()

        def file_one(_):
            running.wait(timeout=120)
            with lock:
                if len(acknowledged) >= COUNT or state["attempts"] >= COUNT * 2:
                    return
                state["attempts"] += 1
            try:
                status, text = call(base, "POST", f"/api/v1/services/{SERVICE}/submissions", body, key=key)
            except (OSError, http.client.HTTPException):
                return  # the server was killed meanwhile: not acknowledged, so nothing is promised
            if status == 201:
                with lock:
                    acknowledged.append(json.loads(text)["reference"])

        def killer():
            # SIGKILL while applications arrive and deliveries run; the same port again after each.
            for round in range(1, KILLS + 1):
                while len(acknowledged) < COUNT * round // (KILLS + 1):
                    time.sleep(0.01)
                running.clear()
                state["demo"].process.kill()
                state["demo"].process.wait()
                state["kills"] += 1
                state["demo"] = Demo(BINARY, data_dir, port, env)
                started_again = state["demo"].wait_for(r"läuft auf") is not None
                running.set()
                if not started_again:
                    return

        kill_thread = threading.Thread(target=killer, daemon=True)  # an error in the main thread must not leave the drill hanging
        kill_thread.start()
        with ThreadPoolExecutor(max_workers=8) as pool:
            while len(acknowledged) < COUNT and state["attempts"] < COUNT * 2:
                list(pool.map(file_one, range(16)))
                if state["demo"].process.poll() is not None:
                    time.sleep(0.05)
        kill_thread.join(timeout=120)
        demo = state["demo"]
        kills = state["kills"]
        filing_seconds = time.time() - started
        check(f"{KILLS} kills with SIGKILL and restarts", kills == KILLS)
        check(f"{COUNT} applications acknowledged", len(acknowledged) >= COUNT, f"{len(acknowledged)} of {state['attempts']} attempts")

        # Wait until the receiver has every acknowledged application (retries take a while).
        expected = {f"{reference}_{channel_id}" for reference in acknowledged}
        deadline = time.time() + 300
        stats = {}
        while time.time() < deadline:
            stats = json.loads(urllib.request.urlopen(receiver_base + "/stats", timeout=5).read())
            if expected.issubset(stats["ids"].keys()):
                break
            time.sleep(1)
        drained = time.time() - started
        received = set(stats.get("ids", {}).keys())
        missing = expected - received
        check("every acknowledged application reached the receiver", not missing, f"{len(missing)} missing, e.g. {sorted(missing)[:3]}")
        check("every application the receiver has is one the portal filed", all(i.endswith("_" + channel_id) for i in received))
        bad_lines = [line for line in open(os.path.join(work, "receiver.log")) if "bad signature" in line]
        check("the receiver saw no bad signature", stats.get("badSignatures") == 0,
              f"{stats.get('badSignatures')}: " + "".join(bad_lines[:3]))
        # Filed but unacknowledged (killed while answering) arrive too: the receiver must hold exactly
        # the applications the portal stored, each once, no more and no fewer.
        stored, after = 0, ""
        while True:
            status, text = call(base, "GET", "/api/v1/submissions?limit=1000" + (f"&after={after}" if after else ""), key=key)
            page = json.loads(text) if status == 200 else {"items": [], "next": None}
            stored += len(page["items"])
            if not page["next"]:
                break
            after = page["next"]
        check("the receiver holds every stored application once", len(received) == stored, f"{len(received)} received, {stored} stored")

        # Hot folder: one complete folder per delivered application, no temporary leftovers.
        deadline = time.time() + 120
        names = []
        while time.time() < deadline:
            names = os.listdir(folder)
            if set(acknowledged).issubset(names) and not any(n.startswith(".") for n in names):
                break
            time.sleep(1)
        check("every acknowledged application has its folder", set(acknowledged).issubset(names),
              f"{len(set(acknowledged) - set(names))} missing")
        check("no temporary folder is left", not any(n.startswith(".") for n in names), str([n for n in names if n.startswith(".")][:3]))
        complete = all(os.path.exists(os.path.join(folder, n, ".fertig")) and os.path.exists(os.path.join(folder, n, "antrag.xml"))
                       for n in names if not n.startswith("."))
        check("every folder is complete (antrag.xml, .fertig)", complete)

        # The case's statuses: every delivery of a sample reads delivered, through the staff API. A
        # receiver that stored an application but answered 503 gets it again after the pause, so wait.
        sample = acknowledged[:: max(1, len(acknowledged) // 100)]
        deadline = time.time() + 120
        wrong = []
        while time.time() < deadline:
            wrong = []
            for reference in sample:
                status, text = call(base, "GET", f"/api/v1/submissions/{reference}", key=key)
                states = [d["state"] for d in json.loads(text).get("deliveries", [])] if status == 200 else []
                if sorted(states) != ["delivered", "delivered"]:
                    wrong.append((reference, status, states))
            if not wrong:
                break
            time.sleep(1)
        check("the deliveries of the cases read delivered", not wrong, str(wrong[:3]))

        print(f"drill: {state['attempts']} applications sent, {len(acknowledged)} acknowledged, {kills} SIGKILLs, "
              f"filing {filing_seconds:.1f} s, all delivered after {drained:.1f} s; receiver: {stats.get('requests')} requests, "
              f"{stats.get('failed')} failed on purpose, {stats.get('duplicates')} duplicates dropped, {stats.get('delivered')} unique")
    finally:
        if demo is not None:
            demo.stop()
        receiver.kill()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    code = main()
    print(f"{results['passed']} passed, {results['failed']} failed")
    sys.exit(1 if results["failed"] or code else 0)
