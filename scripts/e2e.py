#!/usr/bin/env python3
"""End-to-end test: starts the real `serviceportal demo` binary on a free port and drives the JSON API.

Usage: scripts/e2e.py PATH_TO_BINARY
Standard library only. Prints one line per check and ends with "N passed, N failed".
"""
import datetime
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_process import Demo, free_port  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/serviceportal")
results = {"passed": 0, "failed": 0}


def check(name, condition, detail=""):
    if condition:
        results["passed"] += 1
        print(f"ok   {name}")
    else:
        results["failed"] += 1
        print(f"FAIL {name} {detail}")


def request(base, method, path, body=None, key=None, content_type="application/json"):
    data = body.encode() if isinstance(body, str) else body
    req = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", content_type)
    if key:
        req.add_header("Authorization", "Bearer " + key)
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def valid_answers():
    start = (datetime.date.today() + datetime.timedelta(days=40)).isoformat()
    return {
        "vorname": "Jürgen", "nachname": "Müller", "strasse": "Hauptstraße 5", "plz": "24534", "ort": "Neumünster",
        "email": "j.mueller@example.de", "bohrstelle_strasse": "Gartenweg 2", "bohrstelle_plz": "24534",
        "bohrstelle_ort": "Neumünster", "gemarkung": "Einfeld", "flur": "3", "flurstueck": "123/4",
        "zweck": "gartenbewaesserung", "bohrbeginn": start, "bohrtiefe": 12.5, "durchmesser": 125,
        "bohrfirma": "Brunnenbau Nord GmbH", "erklaerung": True,
    }


def steps():
    """The Brunnenbohrung's four steps as a person types them in the browser (German numbers and dates)."""
    start = (datetime.date.today() + datetime.timedelta(days=40)).strftime("%d.%m.%Y")
    return [
        {"vorname": "Jürgen", "nachname": "Müller", "strasse": "Hauptstraße 5", "plz": "24534", "ort": "Neumünster",
         "email": "j.mueller@example.de"},
        {"bohrstelle_strasse": "Gartenweg 2", "bohrstelle_plz": "24534", "bohrstelle_ort": "Neumünster", "gemarkung": "Einfeld",
         "flur": "3", "flurstueck": "123/4"},
        {"zweck": "gartenbewaesserung", "bohrbeginn": start, "bohrtiefe": "12,5", "durchmesser": "125", "bohrfirma": "Brunnenbau Nord GmbH"},
        {"erklaerung": "true"},
    ]


def main():
    if not os.path.exists(BINARY):
        print(f"FAIL binary missing: {BINARY}")
        print("0 passed, 1 failed")
        return 1
    work = tempfile.mkdtemp(prefix="sp-e2e-")
    data_dir = os.path.join(work, "data")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # Receiving through FIT-Connect, when scripts/test runs the test Zustelldienst: the demo is the
    # subscriber of a destination made for it, with that destination's private keys.
    fit_server = os.environ.get("SERVICEPORTAL_TEST_FITCONNECT")
    fit_env, fit_destination = {}, None
    callback_secret = "ein-geheimnis-fuer-rueckrufe-mit-mindestens-32-zeichen"
    if fit_server:
        os.makedirs(data_dir, exist_ok=True)
        made = json.loads(urllib.request.urlopen(urllib.request.Request(
            fit_server + "/_test/destinations", method="POST", data=json.dumps({"behaviour": "none", "services": []}).encode()), timeout=30).read())
        fit_destination = made["destinationId"]
        for name, key in (("decryption.jwk", made["encryptionKey"]), ("signing.jwk", made["signingKey"])):
            with open(os.path.join(work, name), "w", encoding="utf-8") as f:
                json.dump(key, f)
        fit_env = {"FITCONNECT_TOKEN_URL": fit_server + "/token", "FITCONNECT_SUBMISSION_API": fit_server,
                   "FITCONNECT_SUBSCRIBER_CLIENT_ID": "subscriber", "FITCONNECT_SUBSCRIBER_CLIENT_SECRET": "subscriber-secret",
                   "FITCONNECT_DESTINATION_ID": fit_destination, "FITCONNECT_DECRYPTION_KEY_FILE": os.path.join(work, "decryption.jwk"),
                   "FITCONNECT_SIGNING_KEY_FILE": os.path.join(work, "signing.jwk"), "FITCONNECT_CALLBACK_SECRET": callback_secret}
    else:
        print("!! SERVICEPORTAL_TEST_FITCONNECT ist nicht gesetzt: der Empfang über FIT-Connect wird hier nicht geprüft (scripts/test startet den Testserver)")
    demo = Demo(BINARY, data_dir, port, env=fit_env)
    try:
        running = demo.wait_for(r"läuft auf")
        check("demo starts and announces its address", running is not None, "\n".join(demo.lines))
        if running is None:
            return 1
        key_line = demo.wait_for(r"API-Schlüssel Untere Wasserbehörde: (sp_[A-Za-z0-9_-]+)", 5)
        check("demo prints an API key", key_line is not None)
        key = key_line.group(1) if key_line else ""
        check("demo prints staff credentials", demo.wait_for(r"wasser\.sachbearbeitung / \S{12,}", 5) is not None)

        status, body = request(base, "GET", "/healthz")
        check("healthz answers ok", status == 200 and json.loads(body) == {"status": "ok"}, body)

        status, body = request(base, "GET", "/api/v1/services")
        services = json.loads(body) if status == 200 else []
        slugs = [s["slug"] for s in services]
        check("three published services are listed", status == 200 and len(services) >= 3, body)
        check("the Brunnenbohrung service is listed", "brunnenbohrung-anzeigen" in slugs, body)
        check("service items carry slug, title, summary, leikaKey",
              all(set(s) == {"slug", "title", "summary", "leikaKey"} for s in services), body)

        status, body = request(base, "GET", "/api/v1/services/brunnenbohrung-anzeigen/form")
        form = json.loads(body) if status == 200 else {}
        keys = [f["key"] for step in form.get("steps", []) for f in step["fields"]]
        check("the Brunnenbohrung form is served", status == 200 and form.get("version") == 1, body[:300])
        check("the form asks for site, purpose, start, depth and consent",
              all(k in keys for k in ["gemarkung", "flur", "flurstueck", "zweck", "bohrbeginn", "bohrtiefe", "durchmesser", "erklaerung"]),
              str(keys))

        status, body = request(base, "GET", "/api/v1/services/baumfaellung-beantragen/form")
        paid = json.loads(body).get("payment", {}) if status == 200 else {}
        check("the tree felling form says its fee is computed and paid before filing",
              paid == {"policy": "required", "amountCents": None, "computed": True}, body[:200])

        status, body = request(base, "GET", "/api/v1/openapi.yaml")
        check("the OpenAPI description is served", status == 200 and body.startswith("openapi: 3.1"))
        status, body = request(base, "GET", "/schemas/fachdaten/baumfaellung-beantragen/1")
        schema = json.loads(body) if status == 200 else {}
        check("the tree felling form's Fachdaten schema is published as JSON Schema 2020-12",
              schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema" and "properties" in schema, body[:200])

        answers = valid_answers()
        status, body = request(base, "POST", "/api/v1/services/brunnenbohrung-anzeigen/submissions", json.dumps({"answers": answers}))
        receipt = json.loads(body) if status == 201 else {}
        reference = receipt.get("reference", "")
        check("valid answers are accepted with 201", status == 201, body)
        check("the receipt has a BRU reference and a time",
              re.fullmatch(r"BRU-\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", reference) is not None and "receivedAt" in receipt, body)

        bad = dict(answers, bohrbeginn=datetime.date.today().isoformat(), bohrtiefe="tief")
        del bad["plz"]
        status, body = request(base, "POST", "/api/v1/services/brunnenbohrung-anzeigen/submissions", json.dumps({"answers": bad}))
        fields = [e["field"] for e in json.loads(body).get("errors", [])] if status == 422 else []
        check("invalid answers get 422 with field errors", status == 422 and set(fields) == {"plz", "bohrbeginn", "bohrtiefe"}, body)
        check("error messages are German", "Bitte füllen Sie „Postleitzahl“ aus." in body, body)

        status, body = request(base, "POST", "/api/v1/services/brunnenbohrung-anzeigen/submissions", '{"answers": {')
        check("malformed JSON gets 400", status == 400 and "JSON" in json.loads(body)["message"], body)
        status, body = request(base, "POST", "/api/v1/services/gibt-es-nicht/submissions", '{"answers": {}}')
        check("an unknown service gets 404", status == 404, body)
        status, body = request(base, "POST", "/api/v1/services/brunnenbohrung-anzeigen/submissions", "x" * 400_000)
        check("a huge body gets 413", status == 413, body[:200])

        status, body = request(base, "GET", "/api/v1/submissions")
        check("the staff API without a key gets 401", status == 401, body)
        status, body = request(base, "GET", "/api/v1/submissions", key="sp_wrong")
        check("the staff API with a wrong key gets 401", status == 401, body)

        status, body = request(base, "GET", "/api/v1/submissions?limit=10", key=key)
        page = json.loads(body) if status == 200 else {}
        check("the staff list shows the submission", status == 200 and reference in [i["reference"] for i in page.get("items", [])], body)

        deadline = time.time() + 15
        document = {}
        while time.time() < deadline:
            status, body = request(base, "GET", f"/api/v1/submissions/{reference}", key=key)
            document = json.loads(body) if status == 200 else {}
            if document.get("handedOverAt"):
                break
            time.sleep(0.2)
        check("the submission reads back with its answers", document.get("answers") == answers, body)
        check("the submission records its form version", document.get("formVersion") == 1, body)
        check("the in-process worker hands the submission over", bool(document.get("handedOverAt")), body)

        if fit_server:
            # Another online service sends a tree felling application to the portal's destination and
            # the Zustelldienst calls back: the portal picks it up, files it and accepts it.
            import base64
            delivered = json.loads(urllib.request.urlopen(urllib.request.Request(fit_server + "/_test/deliver", method="POST", data=json.dumps({
                "destinationId": fit_destination, "service": "urn:de:fim:leika:leistung:99090020276000",
                "data": {"baumart": "Stieleiche", "umfang": 140},
                "attachments": [{"content": base64.b64encode(b"%PDF-1.4 Lageplan").decode(), "filename": "Lageplan.pdf", "mimeType": "application/pdf"}],
                "senderReference": "EFA-2026-0815",
                "callback": {"url": base + "/api/v1/fit-connect/callback", "secret": callback_secret},
            }).encode()), timeout=60).read())
            check("fit-connect: the portal takes the Zustelldienst's signed callback", delivered.get("callbackStatus") == 200, json.dumps(delivered))
            posted = []
            deadline = time.time() + 20
            while time.time() < deadline and not posted:
                posted = json.loads(urllib.request.urlopen(fit_server + f"/_test/posted/{delivered['submissionId']}", timeout=5).read())
                time.sleep(0.3)
            accepted = [p for p in posted if "https://schema.fitko.de/fit-connect/events/accept-submission" in p.get("events", {})]
            check("fit-connect: after the callback the portal picks up, files and signs accept-submission", len(accepted) == 1, json.dumps(posted))
            status, body = request(base, "GET", "/api/v1/submissions?limit=50", key=key)
            items = json.loads(body).get("items", []) if status == 200 else []
            check("fit-connect: the received application is a case of the Untere Wasserbehörde (tree felling)",
                  any(i["reference"].startswith("FAE-") for i in items), body[:500])

        code = demo.stop()
        check("SIGTERM stops the server cleanly", code == 0, f"exit code {code}")

        # Administration commands on the same data.
        created = subprocess.run([BINARY, "apikey", "create", "--org-unit", "ordnungsamt", "--name", "Fundbüro-Software", "--data-dir", data_dir],
                                 capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
        second_key = created.stdout.strip()
        check("apikey create prints a new key once", created.returncode == 0 and re.fullmatch(r"sp_[A-Za-z0-9_-]{43}", second_key) is not None,
              created.stdout + created.stderr)
        refused = subprocess.run([BINARY, "apikey", "create", "--org-unit", "gibt-es-nicht", "--name", "x", "--data-dir", data_dir],
                                 capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
        check("apikey create for an unknown org unit fails with a German message",
              refused.returncode != 0 and "gibt es nicht" in refused.stderr, refused.stderr)
        user = subprocess.run([BINARY, "user", "create", "--username", "Fund.Buero", "--display-name", "Fundbüro", "--org-unit", "ordnungsamt",
                               "--role", "caseWorker", "--data-dir", data_dir], input="ein-langes-passwort\n",
                              capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
        check("user create makes a staff account", user.returncode == 0 and "fund.buero" in user.stdout, user.stdout + user.stderr)
        short = subprocess.run([BINARY, "user", "create", "--username", "kurz", "--display-name", "K", "--data-dir", data_dir], input="kurz\n",
                               capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
        check("user create refuses a short password", short.returncode != 0 and "mindestens 12 Zeichen" in short.stderr, short.stderr)
        unit = subprocess.run([BINARY, "orgunit", "create", "--slug", "naturschutz", "--name", "Untere Naturschutzbehörde", "--data-dir", data_dir],
                              capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
        check("orgunit create makes an org unit", unit.returncode == 0 and "Untere Naturschutzbehörde" in unit.stdout, unit.stdout + unit.stderr)
        corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "fim", "schemas", "xdf3", "S00000000364V1.0.0_xdf3.xml")
        if os.path.exists(corpus):
            imported = subprocess.run([BINARY, "xdf", "import", corpus, "--service", "heimarbeit-anzeigen", "--org-unit", "naturschutz", "--data-dir", data_dir],
                                      capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
            summary = json.loads(imported.stdout) if imported.returncode == 0 and imported.stdout.strip() else {}
            check("xdf import creates a draft of a new service from a FIM schema",
                  summary.get("serviceCreated") is True and summary.get("fields", 0) > 0 and summary.get("standard") == "xdf3", imported.stdout + imported.stderr)
        else:
            print("note: ../shared/fim is absent; the xdf import of a real schema is skipped")
        record = subprocess.run([BINARY, "privacy", "record", "--service", "brunnenbohrung-anzeigen", "--format", "csv", "--data-dir", data_dir],
                                capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
        check("privacy record prints the service's entry as CSV",
              record.returncode == 0 and record.stdout.startswith('"Bezeichnung der Verarbeitung"') and "Untere Wasserbehörde" in record.stdout,
              record.stdout + record.stderr)
        exported = subprocess.run([BINARY, "payments", "export", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json", "--data-dir", data_dir],
                                  capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
        check("payments export prints the Kasse's list as JSON", exported.returncode == 0 and isinstance(json.loads(exported.stdout or "null"), list),
              exported.stdout + exported.stderr)
        wrong = subprocess.run([BINARY, "payments", "export", "--from", "31.02.2026", "--to", "2026-12-31", "--data-dir", data_dir],
                               capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
        check("payments export refuses a day that does not exist and says which", wrong.returncode != 0 and "31.02.2026" in wrong.stderr, wrong.stderr)
        quiet = {**os.environ, "LOG_LEVEL": "warning"}
        destination = "9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10"
        unset = subprocess.run([BINARY, "handover", "add", "--service", "baumfaellung-beantragen", "--fit-connect", destination, "--data-dir", data_dir],
                               capture_output=True, text=True, env=quiet)
        check("handover add --fit-connect without FITCONNECT_… settings is refused and says what is missing",
              unset.returncode != 0 and "FITCONNECT_TOKEN_URL" in unset.stderr, unset.stdout + unset.stderr)
        fit_env = {**quiet, "FITCONNECT_TOKEN_URL": "http://127.0.0.1:9/token", "FITCONNECT_SUBMISSION_API": "http://127.0.0.1:9",
                   "FITCONNECT_CLIENT_ID": "sender", "FITCONNECT_CLIENT_SECRET": "sender-secret"}
        bad_destination = subprocess.run([BINARY, "handover", "add", "--service", "baumfaellung-beantragen", "--fit-connect", "zp-4711", "--data-dir", data_dir],
                                         capture_output=True, text=True, env=fit_env)
        check("a destination that is no UUID is refused with an example", bad_destination.returncode != 0 and "keine Zustellpunkt-ID" in bad_destination.stderr,
              bad_destination.stderr)
        no_leika = subprocess.run([BINARY, "handover", "add", "--service", "brunnenbohrung-anzeigen", "--fit-connect", destination, "--data-dir", data_dir],
                                  capture_output=True, text=True, env=fit_env)
        check("a service without LeiKa key cannot send through FIT-Connect", no_leika.returncode != 0 and "LeiKa" in no_leika.stderr, no_leika.stderr)
        added = subprocess.run([BINARY, "handover", "add", "--service", "baumfaellung-beantragen", "--fit-connect", destination.upper(), "--data-dir", data_dir],
                               capture_output=True, text=True, env=fit_env)
        listed = subprocess.run([BINARY, "handover", "list", "--data-dir", data_dir], capture_output=True, text=True, env=fit_env)
        check("handover add --fit-connect sets up the channel; handover list shows the destination",
              added.returncode == 0 and "fit-connect" in added.stdout and f"Zustellpunkt {destination}, json" in listed.stdout, added.stderr + listed.stdout)
        routed = subprocess.run([BINARY, "fitconnect", "route", "--leika", "99090020276000", "--org-unit", "naturschutz", "--data-dir", data_dir],
                                capture_output=True, text=True, env=quiet)
        routes = subprocess.run([BINARY, "fitconnect", "routes", "--data-dir", data_dir], capture_output=True, text=True, env=quiet)
        check("fitconnect route assigns a LeiKa key to an org unit; routes lists it",
              routed.returncode == 0 and "99090020276000\tnaturschutz" in routes.stdout, routed.stderr + routes.stdout)
        bad_route = subprocess.run([BINARY, "fitconnect", "route", "--leika", "123", "--org-unit", "naturschutz", "--data-dir", data_dir],
                                   capture_output=True, text=True, env=quiet)
        check("fitconnect route refuses a key that is not 14 digits", bad_route.returncode != 0 and "14 Ziffern" in bad_route.stderr, bad_route.stderr)
        not_receiving = subprocess.run([BINARY, "fitconnect", "receive", "--data-dir", data_dir], capture_output=True, text=True, env=quiet)
        check("fitconnect receive without a subscriber says what to set", not_receiving.returncode != 0 and "FITCONNECT_DESTINATION_ID" in not_receiving.stderr,
              not_receiving.stderr)
        broken = os.path.join(data_dir, "kaputt.xml")
        with open(broken, "w", encoding="utf-8") as f:
            f.write("<a><b></a>")
        refused_import = subprocess.run([BINARY, "xdf", "import", broken, "--service", "kaputt", "--org-unit", "naturschutz", "--data-dir", data_dir],
                                        capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
        check("xdf import of a broken file exits 2 with a German message",
              refused_import.returncode == 2 and "kein wohlgeformtes XML" in refused_import.stderr, refused_import.stderr)
        serve = subprocess.run([BINARY, "serve"], capture_output=True, text=True, timeout=30,
                               env={k: v for k, v in os.environ.items() if k not in ("DATA_DIR", "DATABASE_URL", "BASE_URL")})
        check("serve without settings refuses to start and names what is missing",
              serve.returncode == 2 and "DATA_DIR" in serve.stderr and "BASE_URL" in serve.stderr, serve.stderr)
        unscanned = subprocess.run([BINARY, "serve", "--data-dir", data_dir, "--base-url", "https://service.example"], capture_output=True, text=True, timeout=30,
                                   env={k: v for k, v in os.environ.items() if k not in ("CLAMD_ADDRESS", "ALLOW_UNSCANNED_UPLOADS")})
        check("serve without a virus scanner refuses to start unless ALLOW_UNSCANNED_UPLOADS=true",
              unscanned.returncode == 2 and "ALLOW_UNSCANNED_UPLOADS" in unscanned.stderr, unscanned.stderr)

        # A restart on the same data keeps every acknowledged submission and prints the same key.
        port2 = free_port()
        base2 = f"http://127.0.0.1:{port2}"
        print_dir = os.path.join(data_dir, "druckdienst")
        os.makedirs(print_dir)
        metrics_port = free_port()
        demo = Demo(BINARY, data_dir, port2, env={"PRINT_BATCH_DIR": print_dir, "METRICS_ADDRESS": f"127.0.0.1:{metrics_port}",
                                                  "METRICS_TOKEN": "ein-langes-metrik-token"})
        check("the demo restarts on existing data", demo.wait_for(r"läuft auf") is not None, "\n".join(demo.lines))
        check("the restart prints the same API key", demo.wait_for(re.escape(key), 5) is not None)
        status, body = request(base2, "GET", f"/api/v1/submissions/{reference}", key=key)
        check("the submission survives the restart", status == 200 and json.loads(body)["answers"] == answers, body)
        status, body = request(base2, "GET", "/api/v1/submissions", key=second_key)
        check("the new Ordnungsamt key sees only its own unit", status == 200 and json.loads(body)["items"] == [], body)
        status, body = request(base2, "GET", f"/api/v1/submissions/{reference}", key=second_key)
        check("the Ordnungsamt key cannot read a Wasserbehörde submission", status == 404, body)
        status, body = request(base2, "GET", "/readyz")
        check("/readyz: ready once the worker goes round", status == 200 and json.loads(body)["checks"] == {"database": True, "migrations": True, "workers": True}, body)
        metrics_base = f"http://127.0.0.1:{metrics_port}"
        status, _ = request(metrics_base, "GET", "/metrics")
        check("/metrics on its own listener wants the token", status == 401)
        status, body = request(metrics_base, "GET", "/metrics", key="ein-langes-metrik-token")
        check("/metrics shows the requests by route and the queue", status == 200 and 'http_route="/api/v1/submissions/{reference}"' in body
              and "serviceportal_oldest_due_job_age_seconds" in body, body[:2000])
        status, _ = request(base2, "GET", "/metrics")
        check("the portal's own port has no /metrics", status == 404)

        # Keys on the command line while the server runs: permissions, the list, revocation at once.
        cli_env = {**os.environ, "LOG_LEVEL": "warning"}
        writer = subprocess.run([BINARY, "apikey", "create", "--org-unit", "untere-wasserbehoerde", "--name", "Fachverfahren Wasserrecht",
                                 "--scope", "submissions.read", "--scope", "submissions.write", "--data-dir", data_dir],
                                capture_output=True, text=True, env=cli_env)
        writer_key = writer.stdout.strip()
        status, body = request(base2, "POST", f"/api/v1/submissions/{reference}/status", json.dumps({"status": "inProgress"}), key=writer_key)
        check("a key with submissions.write sets the status", status == 200, body)
        status, body = request(base2, "POST", f"/api/v1/submissions/{reference}/acknowledgement", key=writer_key)
        check("the same key may not acknowledge (no such permission)", status == 403, body)
        # The Fachverfahren delivers the decision, by post too; the print batch on the command line writes it out.
        pdf = b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n"
        status, body = request(base2, "POST", f"/api/v1/submissions/{reference}/decision?outcome=granted&byPost=true", pdf, key=writer_key,
                               content_type="application/pdf")
        check("the decision PDF is delivered through the API, by post too", status == 201 and json.loads(body).get("byPost") is True, body)
        no_folder = subprocess.run([BINARY, "print-batch", "--now", "--data-dir", data_dir], capture_output=True, text=True,
                                   env={k: v for k, v in cli_env.items() if k != "PRINT_BATCH_DIR"})
        check("print-batch without a print service's folder says what to set", no_folder.returncode == 2 and "PRINT_BATCH_DIR" in no_folder.stderr,
              no_folder.stdout + no_folder.stderr)
        batch = subprocess.run([BINARY, "print-batch", "--now", "--data-dir", data_dir], capture_output=True, text=True,
                               env={**cli_env, "PRINT_BATCH_DIR": print_dir})
        batches = os.listdir(print_dir)
        manifest = os.path.join(print_dir, batches[0], "manifest.csv") if len(batches) == 1 else ""
        check("print-batch --now writes the batch folder with the PDF and its manifest",
              batch.returncode == 0 and "1 Bescheid(e)" in batch.stdout and os.path.exists(manifest)
              and reference in open(manifest, encoding="utf-8").read()
              and open(os.path.join(print_dir, batches[0], f"{reference}.pdf"), "rb").read() == pdf,
              batch.stdout + batch.stderr + str(batches))
        again = subprocess.run([BINARY, "print-batch", "--now", "--data-dir", data_dir], capture_output=True, text=True,
                               env={**cli_env, "PRINT_BATCH_DIR": print_dir})
        check("a second print-batch finds nothing waiting", again.returncode == 0 and "Kein Bescheid wartet" in again.stdout and len(os.listdir(print_dir)) == 1,
              again.stdout + again.stderr)
        unknown = subprocess.run([BINARY, "apikey", "create", "--org-unit", "untere-wasserbehoerde", "--name", "x", "--scope", "alles",
                                  "--data-dir", data_dir], capture_output=True, text=True, env=cli_env)
        check("apikey create refuses an unknown permission", unknown.returncode != 0 and "Unbekannte Berechtigung" in unknown.stderr, unknown.stderr)
        listed = subprocess.run([BINARY, "apikey", "list", "--data-dir", data_dir], capture_output=True, text=True, env=cli_env)
        line = next((l for l in listed.stdout.splitlines() if "Fachverfahren Wasserrecht" in l), "")
        check("apikey list shows the key with its permissions and last use",
              "submissions.read,submissions.write" in line and "untere-wasserbehoerde" in line and "gültig" in line, listed.stdout)
        revoked = subprocess.run([BINARY, "apikey", "revoke", line.split("\t")[0], "--data-dir", data_dir], capture_output=True, text=True, env=cli_env)
        status, body = request(base2, "GET", "/api/v1/submissions", key=writer_key)
        check("a key revoked on the command line is refused by the running server at once", revoked.returncode == 0 and status == 401,
              revoked.stderr + body)
        # Graceful shutdown: an application whose body is still arriving when SIGTERM comes is filed and
        # answered; then the server refuses new connections and exits 0.
        body = json.dumps({"answers": valid_answers()}).encode()
        in_flight = socket.create_connection(("127.0.0.1", port2), timeout=30)
        in_flight.sendall((f"POST /api/v1/services/brunnenbohrung-anzeigen/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
                          + body[: len(body) // 2])
        time.sleep(0.3)
        demo.process.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        still_running = demo.process.poll() is None
        in_flight.sendall(body[len(body) // 2:])
        answer = b""
        while True:
            chunk = in_flight.recv(65536)
            if not chunk:
                break
            answer += chunk
        in_flight.close()
        filed = re.search(rb'"reference":"([A-Z0-9-]+)"', answer)
        check("SIGTERM: the request in flight is finished and answered 201", still_running and answer.startswith(b"HTTP/1.1 201") and filed is not None,
              answer[:300])
        try:
            code = demo.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            code = None
        check("SIGTERM: the server then exits with 0", code == 0, f"exit code {code}")
        try:
            socket.create_connection(("127.0.0.1", port2), timeout=2).close()
            refused = False
        except OSError:
            refused = True
        check("SIGTERM: no new connection is accepted afterwards", refused)
        if filed:
            database = os.path.join(data_dir, "serviceportal.sqlite")
            rows = sqlite3.connect(database).execute("SELECT COUNT(*) FROM submissions WHERE reference = ?", (filed.group(1).decode(),)).fetchone()[0]
            check("SIGTERM: the application answered during shutdown is stored", rows == 1, rows)
    finally:
        demo.stop()
        print(f"{results['passed']} passed, {results['failed']} failed")
    return 0 if results["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
