#!/usr/bin/env python3
"""Several instances (issue 16): two `serve` instances and one `worker` on one PostgreSQL database
behind nginx with the site of deploy/nginx/serviceportal.conf (TLS, round robin).

- a citizen fills in the web form through nginx; its requests alternate between the instances;
- an editor changes a published service through nginx; both instances serve the change at once;
- the drill: applications arrive through nginx while one instance is killed with SIGKILL and
  restarted twice and the worker once; afterwards every acknowledged application is stored once, and
  every job of it ran once (one receipt, one acknowledgement mail, no job left or doubled).

  cluster_drill.py BINARY [COUNT]

Needs SERVICEPORTAL_TEST_POSTGRES_URL (scripts/test starts PostgreSQL) and nginx (scripts/test
installs it). Prints one line per check and ends with "N passed, N failed".
"""
import http.client
import glob
import html
import http.cookiejar
import json
import os
import re
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_process import Demo, free_port  # noqa: E402
from e2e import check, results, steps, valid_answers  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/serviceportal")
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 600
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVICE = "brunnenbohrung-anzeigen"
INSECURE = ssl.create_default_context()
INSECURE.check_hostname = False
INSECURE.verify_mode = ssl.CERT_NONE


class Process:
    """A `serve` or `worker` child process with its own log."""

    def __init__(self, args, env, log):
        self.args, self.env, self.log = args, env, log
        self.process = None

    def start(self):
        self.process = subprocess.Popen([BINARY, *self.args], env=self.env, stdout=subprocess.DEVNULL, stderr=open(self.log, "a"))

    def kill(self):
        self.process.kill()
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                return self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        return self.process.returncode if self.process else None


def wait_healthy(port, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


class Browser:
    """Cookies and the CSRF token of the last page, over https to nginx."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=INSECURE), urllib.request.HTTPCookieProcessor(self.jar))
        self.token = ""
        self.page = ""

    def get(self, path):
        with self.opener.open(self.base + path, timeout=15) as response:
            self.page = response.read().decode()
            found = re.search(r'name="_csrf" value="([^"]+)"', self.page)
            if found:
                self.token = found.group(1)
            return response.status, response.geturl()

    def post(self, path, fields):
        data = urllib.parse.urlencode([("_csrf", self.token), *fields]).encode()
        try:
            with self.opener.open(urllib.request.Request(self.base + path, data=data, method="POST"), timeout=15) as response:
                self.page = response.read().decode()
                found = re.search(r'name="_csrf" value="([^"]+)"', self.page)
                if found:
                    self.token = found.group(1)
                return response.status, response.geturl()
        except urllib.error.HTTPError as error:
            self.page = error.read().decode()
            return error.code, path


def form_fields(page, action):
    """The fields of the form posting to `action` as the page shows them (inputs, text areas, selects)."""
    form = re.search(r'<form[^>]*action="' + re.escape(action) + r'"[^>]*>(.*?)</form>', page, re.S)
    if not form:
        return []
    body = form.group(1)
    fields = []
    for tag in re.finditer(r"<input([^>]*)>", body):
        attributes = dict(re.findall(r'(\w[\w-]*)="([^"]*)"', tag.group(1)))
        if attributes.get("type") in ("submit", "button", "file") or "name" not in attributes or attributes["name"] == "_csrf":
            continue
        if attributes.get("type") in ("radio", "checkbox") and "checked" not in tag.group(1):
            continue
        fields.append((attributes["name"], html.unescape(attributes.get("value", ""))))
    for area in re.finditer(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', body, re.S):
        fields.append((area.group(1), html.unescape(area.group(2))))
    for select in re.finditer(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', body, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', select.group(2))
        fields.append((select.group(1), html.unescape(chosen.group(1)) if chosen else ""))
    return fields


def api(base, method, path, body=None, key=None):
    req = urllib.request.Request(base + path, data=body.encode() if body else None, method=method)
    if body:
        req.add_header("Content-Type", "application/json")
    if key:
        req.add_header("Authorization", "Bearer " + key)
    try:
        with urllib.request.urlopen(req, timeout=15, context=INSECURE) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def main():
    if not os.path.exists(BINARY):
        print(f"FAIL binary missing: {BINARY}")
        print("0 passed, 1 failed")
        return 1
    server_url = os.environ.get("SERVICEPORTAL_TEST_POSTGRES_URL")
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if not server_url or not nginx:
        check("PostgreSQL (SERVICEPORTAL_TEST_POSTGRES_URL) and nginx are there (scripts/test provides both)", False, f"{server_url} {nginx}")
        print(f"{results['passed']} passed, {results['failed']} failed")
        return 1
    bindir = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1]
    database_url = server_url.rsplit("/", 1)[0] + "/sp_cluster"
    subprocess.run([f"{bindir}/psql", server_url, "-q", "-c", "DROP DATABASE IF EXISTS sp_cluster"], check=True, capture_output=True)
    subprocess.run([f"{bindir}/psql", server_url, "-q", "-c", "CREATE DATABASE sp_cluster"], check=True, capture_output=True)
    work = tempfile.mkdtemp(prefix="sp-cluster-")
    os.chmod(work, 0o755)
    processes = []
    nginx_process = None
    try:
        # The demo data once, with the logins and the key; then the real processes.
        seed = Demo(BINARY, os.path.join(work, "seed"), free_port(), {"DATABASE_URL": database_url})
        check("the demo data is installed into PostgreSQL", seed.wait_for(r"läuft auf") is not None, "\n".join(seed.lines))
        editor = seed.wait_for(r"Onlineredaktion: (\S+) / (\S+)", 5)
        key_line = seed.wait_for(r"API-Schlüssel Untere Wasserbehörde: (sp_[A-Za-z0-9_-]+)", 5)
        seed.stop()
        key = key_line.group(1) if key_line else ""

        port_a, port_b, port_tls = free_port(), free_port(), free_port()
        base = f"https://127.0.0.1:{port_tls}"
        env = {**os.environ, "DATABASE_URL": database_url, "BASE_URL": base, "ALLOW_UNSCANNED_UPLOADS": "true", "TRUSTED_PROXIES": "127.0.0.1",
               "SUBMISSIONS_PER_HOUR": "1000000", "LOG_LEVEL": "warning", "JOB_LEASE_SECONDS": "5", "AUTHORITY_NAME": "Landkreis Musterstadt",
               "AUTHORITY_ADDRESS": "Kreishaus, Am Markt 1, 24534 Musterstadt"}
        instances = {}
        for name, port in (("a", port_a), ("b", port_b)):
            os.makedirs(os.path.join(work, name))
            instances[name] = Process(["serve", "--port", str(port)],
                                      {**env, "DATA_DIR": os.path.join(work, name), "RUN_WORKERS": "false"}, os.path.join(work, f"{name}.log"))
        os.makedirs(os.path.join(work, "worker"))
        worker = Process(["worker"], {**env, "DATA_DIR": os.path.join(work, "worker")}, os.path.join(work, "worker.log"))
        processes = [*instances.values(), worker]
        for process in processes:
            process.start()
        check("two serve instances answer /readyz", wait_healthy(port_a) and wait_healthy(port_b),
              open(os.path.join(work, "a.log")).read()[-2000:])

        # nginx with the site from deploy/, its ports and certificate replaced.
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                        "-keyout", os.path.join(work, "key.pem"), "-out", os.path.join(work, "cert.pem")], check=True, capture_output=True)
        site = open(os.path.join(ROOT, "deploy", "nginx", "serviceportal.conf"), encoding="utf-8").read()
        site = "\n".join(line for line in site.splitlines() if "[::]" not in line)
        site = (site.replace("127.0.0.1:8081", f"127.0.0.1:{port_a}").replace("127.0.0.1:8082", f"127.0.0.1:{port_b}")
                .replace("listen 443 ssl http2", f"listen 127.0.0.1:{port_tls} ssl http2").replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
                .replace("/etc/ssl/serviceportal/fullchain.pem", os.path.join(work, "cert.pem"))
                .replace("/etc/ssl/serviceportal/privkey.pem", os.path.join(work, "key.pem")))
        check("the nginx site of deploy/ was used with the test's ports", f"127.0.0.1:{port_a}" in site and f"127.0.0.1:{port_tls}" in site)
        with open(os.path.join(work, "site.conf"), "w") as f:
            f.write(site)
        with open(os.path.join(work, "nginx.conf"), "w") as f:
            f.write(f"""
daemon off;
worker_processes 1;
{"user root;" if os.geteuid() == 0 else ""}
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    log_format upstream '$request_method $request_uri $status $upstream_addr';
    access_log {work}/access.log upstream;
    client_body_temp_path {work}/nginx-body;
    proxy_temp_path {work}/nginx-proxy;
    fastcgi_temp_path {work}/nginx-fastcgi;
    uwsgi_temp_path {work}/nginx-uwsgi;
    scgi_temp_path {work}/nginx-scgi;
    include {work}/site.conf;
}}
""")
        tested = subprocess.run([nginx, "-t", "-c", os.path.join(work, "nginx.conf"), "-p", work], capture_output=True, text=True)
        check("nginx accepts the site", tested.returncode == 0, tested.stderr)
        nginx_process = subprocess.Popen([nginx, "-c", os.path.join(work, "nginx.conf"), "-p", work], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1, context=INSECURE)
                break
            except OSError:
                time.sleep(0.1)

        # A citizen through nginx: every page of the form, alternating between the instances.
        citizen = Browser(base)
        mark = os.path.getsize(os.path.join(work, "access.log"))
        citizen.get(f"/leistungen/{SERVICE}/antrag/schritt/1")
        for number, values in enumerate(steps(), start=1):
            status, where = citizen.post(f"/leistungen/{SERVICE}/antrag/schritt/{number}", list(values.items()))
            if number < 4 and status != 200:
                break
        citizen.get(f"/leistungen/{SERVICE}/antrag/pruefen")
        status, where = citizen.post(f"/leistungen/{SERVICE}/antrag/pruefen", [])
        reference = re.search(r"BRU-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", citizen.page)
        check("a citizen files the web form through nginx (https, session in the database)", status == 200 and reference is not None
              and where.endswith("/eingegangen"), f"{status} {where} {citizen.page[:300]}")
        with open(os.path.join(work, "access.log")) as f:
            f.seek(mark)
            upstreams = [line.split()[-1] for line in f.read().splitlines()]
        check("the citizen's requests alternated between both instances", {f"127.0.0.1:{port_a}", f"127.0.0.1:{port_b}"} <= set(upstreams)
              and all(upstreams[i] != upstreams[i + 1] for i in range(len(upstreams) - 1)), upstreams)

        # An editor changes the published service on one instance; both serve it with the next request.
        for _ in range(2):
            api(base, "GET", "/api/v1/services")  # both instances have the list cached
        staff = Browser(base)
        staff.get("/intern/anmelden")
        staff.post("/intern/anmelden", [("benutzername", editor.group(1) if editor else ""), ("passwort", editor.group(2) if editor else "")])
        entry = f"/intern/redaktion/leistungen/{SERVICE}/eintrag"
        staff.get(entry)
        fields = [(name, "Zeigen Sie Ihre Brunnenbohrung an – jetzt mit neuem Text." if name == "kurzbeschreibung" else value)
                  for name, value in form_fields(staff.page, entry)]
        status, where = staff.post(entry, fields)
        check("the editor saves the changed entry through nginx", status == 200 and "#eintrag" in where or "gespeichert" in staff.page, f"{status} {where}")
        shown = [api(base, "GET", "/api/v1/services")[1] for _ in range(2)]
        check("both instances serve the change at once", all("jetzt mit neuem Text" in text for text in shown), [text[:120] for text in shown])

        # The drill: applications through nginx while instances and the worker are killed and restarted.
        body = json.dumps({"answers": valid_answers()})
        acknowledged = []
        refused = {"count": 0, "statuses": {}}
        lock = threading.Lock()
        done = threading.Event()

        def file_loop(_):
            while not done.is_set():
                try:
                    status, text = api(base, "POST", f"/api/v1/services/{SERVICE}/submissions", body)
                except (OSError, http.client.HTTPException):
                    status, text = 0, ""
                with lock:
                    if status == 201:
                        acknowledged.append(json.loads(text)["reference"])
                    else:
                        refused["count"] += 1
                        refused["statuses"][status] = refused["statuses"].get(status, 0) + 1
                if status != 201:
                    time.sleep(0.05)  # as a client would before trying again

        # One instance twice, the worker once; six seconds apart, longer than nginx keeps an instance
        # marked as failed, so the other instance is never marked too.
        plan = [(2, instances["a"]), (8, worker), (14, instances["a"])]
        kills = []

        def killer():
            for at, process in plan:
                while time.time() - started < at:
                    time.sleep(0.01)
                process.kill()
                kills.append(process.args[0])
                time.sleep(0.5)
                process.start()
                if process is not worker:
                    wait_healthy(port_a)

        started = time.time()
        kill_thread = threading.Thread(target=killer, daemon=True)  # an error in the main thread must not leave the drill hanging
        kill_thread.start()
        with ThreadPoolExecutor(max_workers=8) as pool:
            for index in range(8):
                pool.submit(file_loop, index)
            kill_thread.join(timeout=120)
            while len(acknowledged) < COUNT or time.time() - started < plan[-1][0] + 3:
                time.sleep(0.05)
            done.set()
        seconds = time.time() - started
        print(f"     {len(acknowledged)} acknowledged in {seconds:.1f} s, {refused['count']} refused or cut off while an instance was down {refused['statuses']}")
        check("one instance killed twice and the worker once (SIGKILL), each restarted", sorted(kills) == ["serve", "serve", "worker"], kills)
        check(f"{COUNT} applications acknowledged through nginx", len(acknowledged) >= COUNT, len(acknowledged))

        def query(sql):
            out = subprocess.run([f"{bindir}/psql", database_url, "-At", "-F", "\t", "-c", sql], capture_output=True, text=True, check=True).stdout
            return [line.split("\t") for line in out.strip().splitlines() if line]

        # Every job done once: wait until nothing is queued (a killed worker's claims expire after 5 s).
        deadline = time.time() + 180
        while time.time() < deadline and query("SELECT COUNT(*) FROM jobs WHERE state <> 'done'")[0][0] != "0":
            time.sleep(0.5)
        stored = {row[0]: row[1] for row in query("SELECT reference, id FROM submissions")}
        lost = [reference for reference in acknowledged if reference not in stored]
        check("0 acknowledged applications lost", not lost and len(set(acknowledged)) == len(acknowledged), lost[:5])
        left = query("SELECT kind, state, COUNT(*) FROM jobs WHERE state <> 'done' GROUP BY kind, state")
        check("no job left queued or failed", not left, left)
        doubled = query("SELECT kind, payload, COUNT(*) FROM jobs GROUP BY kind, payload HAVING COUNT(*) > 1")
        check("no job queued twice", not doubled, doubled[:5])
        ids = [stored[reference] for reference in acknowledged if reference in stored]
        receipts = dict(query("SELECT submission_id, COUNT(*) FROM receipts GROUP BY submission_id"))
        check("every acknowledged application has exactly one receipt", all(receipts.get(i) == "1" for i in ids),
              [i for i in ids if receipts.get(i) != "1"][:5])
        # Acknowledgement mails are limited per address (all these applications give the same one).
        mails = dict(query("SELECT substring(subject from 'BRU-[0-9]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}'), COUNT(*) FROM outbox_mails GROUP BY 1"))
        unsent = query("SELECT COUNT(*) FROM outbox_mails WHERE sent_at IS NULL")[0][0]
        check("every acknowledgement mail queued went out, none twice", mails and unsent == "0" and all(count == "1" for count in mails.values()),
              f"{unsent} unsent, {[(r, c) for r, c in mails.items() if c != '1'][:5]}")
        kinds = {}
        for line in open(os.path.join(work, "nginx-error.log")):
            found = re.search(r"\] \d+#\d+: \*\d+ (.*?)(, client|$)", line)
            kind = re.sub(r"\d+", "N", found.group(1)) if found else line[:80]
            kinds[kind] = kinds.get(kind, 0) + 1
        print("     nginx:", kinds)
        codes = [process.stop() for process in processes]
        check("the instances and the worker stop cleanly on SIGTERM", codes == [0, 0, 0], codes)
    except Exception as error:  # anything unexpected is a failed check, not a silent pass
        import traceback
        check("cluster drill completes", False, traceback.format_exc())
    finally:
        for process in processes:
            process.stop()
        if nginx_process:
            nginx_process.terminate()
            nginx_process.wait(timeout=10)
        subprocess.run([f"{bindir}/psql", server_url, "-q", "-c", "DROP DATABASE IF EXISTS sp_cluster"], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 0 if results["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
