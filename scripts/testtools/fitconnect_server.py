#!/usr/bin/env python3
"""A FIT-Connect Zustelldienst for the tests, written from the public specifications (Submission
API, Destination API, Routing API, metadata schema, event log of Security Event Tokens) as the
version-2 flow runs. It holds only ciphertext like the real one; beside it, a receiving authority
per destination (accept, reject, or none) decrypts what arrives with the destination's private
key, checks the metadata against its JSON Schema and every SHA-512, and answers with a signed
accept-submission or reject-submission event. Needs jwcrypto (and jsonschema for the metadata).

  fitconnect_server.py PORT [--metadata-schema FILE] [--key-bits 2048]

POST /token                                    client credentials (form); clients "sender"/"sender-secret"
                                               and "subscriber"/"subscriber-secret"; tokens last 300 s
GET  /.well-known/jwks.json                    the Zustelldienst's signing key (PS512)
GET  /v2/destinations/{id}                     status, services, encryptionKid, metadataVersions
GET  /v2/destinations/{id}/keys/{kid}          the public encryption or signature key
GET  /v1/routes?leikaKey=…&ars=…               Routing API: destinations for a service and region
POST /v2/submissions                           create with announced attachments (201)
PUT  /v2/submissions/{id}/attachments/{aid}    one attachment as JWE (application/jose), 204
PUT  /v2/submissions/{id}                      encryptedMetadata and encryptedData, 202
GET  /v2/submissions/{id}/events               the event log ({"eventLog": [SET, …]})
GET  /v2/cases/{caseId}/events                 the same, by case
POST /_test/destinations                       {"behaviour": "accept|reject|none|store" (store: keep only, for benchmarks), "services": [...],
                                               "regions": [...], "status": "active"} → {"destinationId", ...}
GET  /_test/received/{submissionId}            what the receiving authority found (decrypted metadata,
                                               data, attachments with hash checks, its verdict)
POST /_test/schemas?uri=…                      a JSON Schema the receiver checks Fachdaten with that schemaUri against
POST /_test/mode?next=500|422|expire-token&count=N   misbehaves on the next N API calls
POST /_test/mode?destination=ID&next=422-submit|bad-signature&count=N   the same for one destination's submissions
POST /_test/expire-tokens                      every token given so far is refused from now on
POST /_test/deliver                            another online service sends to a destination (encrypted here);
                                               {"destinationId", "service", "data", "attachments": [{"content" (base64),
                                               "filename", "mimeType"}], "replyTo", "senderReference", "tamper",
                                               "callback": {"url", "secret"}} (then calls the subscriber back)
GET  /_test/posted/{submissionId}              the events a subscriber posted (their claims)
GET  /v2/submissions?destinationId=…           pick-up list for subscribers (submitted, not yet accepted or rejected)
GET  /v2/submissions/{id}                      a submission for pick-up with its encrypted parts
GET  /v2/submissions/{id}/attachments/{aid}    one attachment's JWE
POST /v2/cases/{caseId}/events                 a subscriber's accept-submission or reject-submission (application/jose),
                                               verified with the destination's signing key
GET  /_test/stats                              counters
Listens on 127.0.0.1 only.
"""
import argparse
import hashlib
import json
import re
import secrets
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlparse

try:
    from jwcrypto import jwe, jwk, jwt
    from jwcrypto.common import json_encode
except ImportError:
    sys.exit("fitconnect_server.py braucht jwcrypto (pip install jwcrypto)")

EVENTS = "https://schema.fitko.de/fit-connect/events/"
CLIENTS = {"sender": "sender-secret", "subscriber": "subscriber-secret"}
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class State:
    def __init__(self, options):
        self.options = options
        self.lock = threading.Lock()
        self.tokens = {}  # token → (client, expiry)
        self.destinations = {}  # id → {...}
        self.submissions = {}  # id → {...}
        self.cases = {}  # caseId → submissionId
        self.received = {}  # submissionId → the receiver's findings
        self.schemas = {}  # schemaUri → a JSON Schema the receiver checks Fachdaten against
        self.modes = {}  # destinationId (or None for every call) → [mode, count]
        self.stats = {"tokens": 0, "created": 0, "attachments": 0, "submitted": 0, "accepted": 0, "rejected": 0}
        self.service_key = jwk.JWK.generate(kty="RSA", size=options.key_bits, kid="zustelldienst-" + secrets.token_hex(4), alg="PS512", use="sig")
        self.metadata_validator = None
        if options.metadata_schema:
            try:
                import jsonschema

                with open(options.metadata_schema, encoding="utf-8") as handle:
                    schema = json.load(handle)
                self.metadata_validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
            except FileNotFoundError:
                print(f"metadata schema {options.metadata_schema} is absent: metadata is not checked against it", file=sys.stderr)

    def misbehaviour(self, kinds, destination=None):
        with self.lock:
            entry = self.modes.get(destination)
            if entry and entry[0] in kinds and entry[1] > 0:
                entry[1] -= 1
                return entry[0]
        return None

    def new_destination(self, body):
        destination_id = str(uuid.uuid4())
        encryption = jwk.JWK.generate(kty="RSA", size=self.options.key_bits, kid="enc-" + secrets.token_hex(6), alg="RSA-OAEP-256", use="enc")
        signing = jwk.JWK.generate(kty="RSA", size=self.options.key_bits, kid="sig-" + secrets.token_hex(6), alg="PS512", use="sig")
        destination = {
            "id": destination_id,
            "status": body.get("status", "active"),
            "services": body.get("services", []),
            "regions": body.get("regions", []),
            "behaviour": body.get("behaviour", "accept"),
            "metadataVersions": body.get("metadataVersions", ["1.0.0"]),
            "encryption": encryption,
            "signing": signing,
            # A destination that publishes a key it cannot decrypt with (same kid): the sender's
            # encryption is then unreadable to the receiver, who rejects.
            "published": jwk.JWK.generate(kty="RSA", size=self.options.key_bits, kid=encryption.key_id, alg="RSA-OAEP-256", use="enc")
            if body.get("publishWrongKey") else encryption,
        }
        with self.lock:
            self.destinations[destination_id] = destination
        return {
            "destinationId": destination_id,
            "encryptionKid": encryption.key_id,
            "signingKid": signing.key_id,
            # The private keys, for tests that play the receiver or the sender themselves.
            "encryptionKey": json.loads(encryption.export_private()),
            "signingKey": json.loads(signing.export_private()),
        }

    def sign_event(self, key, issuer, submission, event, detail=None):
        claims = {
            "$schema": "https://schema.fitko.de/fit-connect/events/1.0.0/set-payload.schema.json",
            "iss": issuer,
            "iat": int(time.time()),
            "jti": str(uuid.uuid4()),
            "sub": "submission:" + submission["id"],
            "txn": "case:" + submission["caseId"],
            "events": {EVENTS + event: detail or {}},
        }
        token = jwt.JWT(header={"alg": "PS512", "kid": key.key_id, "typ": "secevent+jwt"}, claims=claims)
        token.make_signed_token(key)
        submission["events"].append(token.serialize())


def decrypt(compact, key):
    token = jwe.JWE()
    token.deserialize(compact, key=key)
    header = token.jose_header
    if header.get("alg") != "RSA-OAEP-256" or header.get("enc") != "A256GCM":
        raise ValueError(f"JWE header {header}")
    if header.get("kid") != key.key_id:
        raise ValueError(f"JWE kid {header.get('kid')} is not the destination's {key.key_id}")
    return token.payload, header


def receive(state, submission):
    """The receiving authority: decrypt, check, accept or reject."""
    destination = state.destinations[submission["destinationId"]]
    key = destination["encryption"]
    findings = {"problems": [], "attachments": {}}
    try:
        metadata_bytes, _ = decrypt(submission["encryptedMetadata"], key)
        metadata = json.loads(metadata_bytes)
        findings["metadata"] = metadata
        if state.metadata_validator is not None:
            for error in state.metadata_validator.iter_errors(metadata):
                findings["problems"].append("metadata: " + error.message[:200])
        structure = metadata.get("contentStructure", {})
        data_bytes, data_header = decrypt(submission["encryptedData"], key)
        findings["dataHeader"] = data_header
        expected = structure.get("data", {}).get("hash", {}).get("content")
        if hashlib.sha512(data_bytes).hexdigest() != expected:
            findings["problems"].append("data: hash mismatch")
        mime = structure.get("data", {}).get("submissionSchema", {}).get("mimeType")
        findings["dataMimeType"] = mime
        findings["schemaUri"] = structure.get("data", {}).get("submissionSchema", {}).get("schemaUri")
        findings["data"] = json.loads(data_bytes) if mime == "application/json" else data_bytes.decode("utf-8")
        schema = state.schemas.get(findings["schemaUri"])
        if schema is not None and mime == "application/json":
            import jsonschema

            for error in jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(findings["data"]):
                findings["problems"].append("data: " + error.message[:200])
            findings["dataSchemaChecked"] = True
        described = {item["attachmentId"]: item for item in structure.get("attachments", [])}
        if set(described) != set(submission["announced"]):
            findings["problems"].append("attachments: metadata does not describe the announced attachments")
        for attachment_id, compact in submission["attachments"].items():
            content, header = decrypt(compact, key)
            item = described.get(attachment_id, {})
            ok = hashlib.sha512(content).hexdigest() == item.get("hash", {}).get("content")
            if not ok:
                findings["problems"].append(f"attachment {attachment_id}: hash mismatch")
            findings["attachments"][attachment_id] = {
                "filename": item.get("filename"),
                "purpose": item.get("purpose"),
                "mimeType": item.get("mimeType"),
                "cty": header.get("cty"),
                "size": len(content),
                "hashOk": ok,
                "startsWith": content[:5].decode("latin-1"),
            }
    except Exception as error:  # noqa: BLE001 - any failure to read is the receiver's reason to reject
        findings["problems"].append(f"unreadable: {type(error).__name__}: {str(error)[:200]}")
    behaviour = destination["behaviour"]
    if behaviour == "none":
        findings["verdict"] = "none"
    elif findings["problems"] or behaviour == "reject":
        problems = [{"type": "https://schema.fitko.de/fit-connect/events/problems/" + ("invalid-content" if findings["problems"] else "rejected"),
                     "title": "Antrag abgelehnt" if not findings["problems"] else "Inhalt nicht lesbar oder falsch",
                     "detail": "; ".join(findings["problems"]) or "Die Behörde ist für diesen Antrag nicht zuständig."}]
        state.sign_event(destination["signing"], destination["id"], submission, "reject-submission", {"problems": problems})
        findings["verdict"] = "rejected"
        state.stats["rejected"] += 1
    else:
        state.sign_event(destination["signing"], destination["id"], submission, "accept-submission", {})
        findings["verdict"] = "accepted"
        state.stats["accepted"] += 1
    state.received[submission["id"]] = findings


def encrypt(plaintext, key, content_type):
    token = jwe.JWE(plaintext, json_encode({"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": key.key_id, "cty": content_type}))
    token.add_recipient(key)
    return token.serialize(compact=True)


def deliver(state, body):
    """Plays another online service that sends to a destination: encrypts data and attachments
    with the destination's public key, describes them in metadata and submits. `tamper` changes a
    hash ("attachment-hash", "data-hash") or encrypts for another key ("wrong-key")."""
    destination = state.destinations[body["destinationId"]]
    key = destination["encryption"]
    tamper = body.get("tamper")
    if tamper == "wrong-key":
        key = jwk.JWK.generate(kty="RSA", size=state.options.key_bits, kid=key.key_id, alg="RSA-OAEP-256", use="enc")
    import base64

    attachments = []
    for item in body.get("attachments", []):
        content = base64.b64decode(item["content"])
        digest = hashlib.sha512(content).hexdigest()
        if tamper == "attachment-hash":
            digest = hashlib.sha512(content + b"x").hexdigest()
        attachments.append((str(uuid.uuid4()), content, item, digest))
    data = json.dumps(body.get("data", {}), ensure_ascii=False).encode()
    data_hash = hashlib.sha512(data).hexdigest() if tamper != "data-hash" else "0" * 128
    metadata = body.get("metadata") or {
        "contentStructure": {
            "data": {"submissionSchema": {"schemaUri": "https://schema.example/fachdaten.json", "mimeType": "application/json"},
                     "hash": {"type": "sha512", "content": data_hash}},
            "attachments": [
                {"attachmentId": aid, "purpose": "attachment", "filename": item.get("filename"), "mimeType": item.get("mimeType", "application/pdf"),
                 "hash": {"type": "sha512", "content": digest}}
                for aid, _, item, digest in attachments
            ],
        },
        "publicServiceType": {"identifier": body["service"], "name": body.get("serviceName", "Leistung")},
        "additionalReferenceInfo": {"senderReference": body.get("senderReference", "EFA-4711"), "applicationDate": "2026-12-05"},
    }
    if body.get("replyTo"):
        metadata["replyChannel"] = {"eMail": {"address": body["replyTo"]}}
    submission = {
        "id": str(uuid.uuid4()),
        "caseId": str(uuid.uuid4()),
        "destinationId": destination["id"],
        "service": {"identifier": body["service"], "name": body.get("serviceName", "Leistung")},
        "announced": [aid for aid, _, _, _ in attachments],
        "attachments": {aid: encrypt(content, key, item.get("mimeType", "application/pdf")) for aid, content, item, _ in attachments},
        "events": [],
        "submitted": True,
        "encryptedMetadata": encrypt(json.dumps(metadata, ensure_ascii=False).encode(), key, "application/json"),
        "encryptedData": encrypt(data, key, "application/json"),
    }
    with state.lock:
        state.submissions[submission["id"]] = submission
        state.cases[submission["caseId"]] = submission["id"]
    state.sign_event(state.service_key, "https://zustelldienst.test", submission, "create-submission")
    state.sign_event(state.service_key, "https://zustelldienst.test", submission, "submit-submission")
    callback = body.get("callback")
    status = None
    if callback:
        status = send_callback(callback["url"], callback["secret"], [submission["id"]])
    return {"submissionId": submission["id"], "caseId": submission["caseId"], "callbackStatus": status}


def send_callback(url, secret, submission_ids):
    """The Zustelldienst's callback: HMAC-SHA512 over "<timestamp>.<body>" in hex."""
    import hmac

    body = json.dumps({"type": "https://schema.fitko.de/fit-connect/submission-api/callbacks/new-submissions",
                       "submissionIds": submission_ids}).encode()
    timestamp = str(int(time.time()))
    signature = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha512).hexdigest()
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "content-type": "application/json", "callback-timestamp": timestamp, "callback-authentication": signature})
    try:
        return urllib.request.urlopen(request, timeout=10).status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes; with Nagle's algorithm each answer on a kept-alive
        # connection would wait for the client's delayed ACK (40 ms).
        disable_nagle_algorithm = True

        def log_message(self, *args):
            pass

        def send_json(self, status, body, content_type="application/json"):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def problem(self, status, title, detail=""):
            self.send_json(status, {"type": "about:blank", "title": title, "status": status, "detail": detail}, "application/problem+json")

        def empty(self, status):
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def body(self):
            length = int(self.headers.get("content-length") or 0)
            return self.rfile.read(length) if length else b""

        def client(self):
            header = self.headers.get("authorization", "")
            if not header.startswith("Bearer "):
                return None
            with state.lock:
                entry = state.tokens.get(header[7:])
            if entry is None or entry[1] < time.time():
                return None
            return entry[0]

        def authorised(self):
            mode = state.misbehaviour(("500", "422", "expire-token"))
            if mode == "500":
                self.problem(500, "Interner Fehler")
                return None
            if mode == "422":
                self.problem(422, "Unprocessable Entity", "test mode: refused")
                return None
            if mode == "expire-token":
                with state.lock:
                    state.tokens.clear()
            client = self.client()
            if client is None:
                self.problem(401, "Unauthorized", "token missing, unknown or expired")
            return client

        def do_POST(self):
            url = urlparse(self.path)
            parts = url.path.strip("/").split("/")
            if url.path == "/token":
                form = parse_qs(self.body().decode())
                client_id = form.get("client_id", [""])[0]
                if form.get("grant_type", [""])[0] != "client_credentials" or CLIENTS.get(client_id) != form.get("client_secret", [None])[0]:
                    return self.send_json(401, {"error": "invalid_client"})
                token = secrets.token_urlsafe(24)
                with state.lock:
                    state.tokens[token] = (client_id, time.time() + 300)
                    state.stats["tokens"] += 1
                return self.send_json(200, {"access_token": token, "token_type": "Bearer", "expires_in": 300})
            if url.path == "/_test/destinations":
                body = json.loads(self.body() or b"{}")
                return self.send_json(201, state.new_destination(body))
            if url.path == "/_test/mode":
                query = parse_qs(url.query)
                with state.lock:
                    state.modes[query.get("destination", [None])[0]] = [query.get("next", [None])[0], int(query.get("count", ["1"])[0])]
                return self.empty(204)
            if url.path == "/_test/deliver":
                return self.send_json(201, deliver(state, json.loads(self.body())))
            if len(parts) == 4 and parts[:2] == ["v2", "cases"] and parts[3] == "events":
                body = self.body()
                client = self.authorised()
                if client is None:
                    return
                submission = state.submissions.get(state.cases.get(parts[2], ""))
                if submission is None:
                    return self.problem(404, "Not Found", "case unknown")
                if self.headers.get("content-type", "").split(";")[0] != "application/jose":
                    return self.problem(415, "Unsupported Media Type", "events are application/jose")
                destination = state.destinations[submission["destinationId"]]
                token = body.decode("ascii", "replace")
                try:
                    verified = jwt.JWT(jwt=token, key=destination["signing"], algs=["PS512"], check_claims=False)
                    claims = json.loads(verified.claims)
                    header = json.loads(verified.header)
                except Exception as error:  # noqa: BLE001 - any failure is the sender's
                    return self.problem(422, "Unprocessable Entity", f"event not verifiable with the destination's signing key: {error}")
                if header.get("typ") != "secevent+jwt" or claims.get("sub") != "submission:" + submission["id"] or claims.get("txn") != "case:" + submission["caseId"]:
                    return self.problem(422, "Unprocessable Entity", "event header or subject wrong")
                events = list(claims.get("events", {}))
                if len(events) != 1 or events[0] not in (EVENTS + "accept-submission", EVENTS + "reject-submission"):
                    return self.problem(422, "Unprocessable Entity", "only accept-submission or reject-submission")
                submission["events"].append(token)
                submission["decided"] = events[0][len(EVENTS):]
                submission.setdefault("posted", []).append(claims)
                return self.empty(201)
            if url.path == "/_test/schemas":
                uri = parse_qs(url.query).get("uri", [""])[0]
                state.schemas[uri] = json.loads(self.body())
                return self.empty(204)
            if url.path == "/_test/expire-tokens":
                with state.lock:
                    state.tokens.clear()
                return self.empty(204)
            if url.path == "/v2/submissions":
                body = self.body()
                if self.authorised() is None:
                    return
                try:
                    request = json.loads(body)
                except ValueError:
                    return self.problem(400, "Bad Request", "not JSON")
                destination = state.destinations.get(str(request.get("destinationId", "")))
                if destination is None:
                    return self.problem(404, "Not Found", "destination unknown")
                if destination["status"] != "active":
                    return self.problem(422, "Unprocessable Entity", "destination is not active")
                service = (request.get("publicService") or {}).get("identifier", "")
                if destination["services"] and service not in destination["services"]:
                    return self.problem(422, "Unprocessable Entity", f"service {service} is not offered by this destination")
                announced = request.get("announcedAttachments", [])
                if not isinstance(announced, list) or not all(isinstance(a, str) and UUID_RE.match(a) for a in announced):
                    return self.problem(400, "Bad Request", "announcedAttachments must be UUIDs")
                submission = {
                    "id": str(uuid.uuid4()),
                    "caseId": str(uuid.uuid4()),
                    "destinationId": destination["id"],
                    "service": request.get("publicService"),
                    "announced": announced,
                    "attachments": {},
                    "events": [],
                    "submitted": False,
                }
                with state.lock:
                    state.submissions[submission["id"]] = submission
                    state.cases[submission["caseId"]] = submission["id"]
                    state.stats["created"] += 1
                state.sign_event(state.service_key, "https://zustelldienst.test", submission, "create-submission")
                return self.send_json(201, {"submissionId": submission["id"], "caseId": submission["caseId"]})
            self.problem(404, "Not Found")

        def do_PUT(self):
            url = urlparse(self.path)
            parts = url.path.strip("/").split("/")
            body = self.body()
            if len(parts) >= 3 and parts[0] == "v2" and parts[1] == "submissions":
                if self.authorised() is None:
                    return
                submission = state.submissions.get(parts[2])
                if submission is None:
                    return self.problem(404, "Not Found", "submission unknown")
                if len(parts) == 5 and parts[3] == "attachments":
                    if parts[4] not in submission["announced"]:
                        return self.problem(422, "Unprocessable Entity", "attachment was not announced")
                    if submission["submitted"]:
                        return self.problem(409, "Conflict", "submission already submitted")
                    if self.headers.get("content-type", "").split(";")[0] != "application/jose":
                        return self.problem(415, "Unsupported Media Type", "attachments are application/jose")
                    text = body.decode("ascii", "replace")
                    if text.count(".") != 4:
                        return self.problem(400, "Bad Request", "not a JWE in compact serialisation")
                    submission["attachments"][parts[4]] = text
                    state.stats["attachments"] += 1
                    return self.empty(204)
                if len(parts) == 3:
                    if state.misbehaviour(("422-submit",), submission["destinationId"]):
                        return self.problem(422, "Unprocessable Entity", "test mode: submission refused")
                    if submission["submitted"]:
                        return self.problem(409, "Conflict", "submission already submitted")
                    try:
                        request = json.loads(body)
                    except ValueError:
                        return self.problem(400, "Bad Request", "not JSON")
                    missing = [a for a in submission["announced"] if a not in submission["attachments"]]
                    if missing:
                        return self.problem(422, "Unprocessable Entity", f"{len(missing)} announced attachments missing")
                    for name in ("encryptedMetadata", "encryptedData"):
                        if not isinstance(request.get(name), str) or request[name].count(".") != 4:
                            return self.problem(422, "Unprocessable Entity", f"{name} is not a JWE")
                    submission["encryptedMetadata"] = request["encryptedMetadata"]
                    submission["encryptedData"] = request["encryptedData"]
                    submission["submitted"] = True
                    state.stats["submitted"] += 1
                    state.sign_event(state.service_key, "https://zustelldienst.test", submission, "submit-submission")
                    if state.destinations[submission["destinationId"]]["behaviour"] != "store":
                        receive(state, submission)
                    return self.empty(202)
            self.problem(404, "Not Found")

        def do_GET(self):
            url = urlparse(self.path)
            parts = url.path.strip("/").split("/")
            if url.path == "/.well-known/jwks.json":
                return self.send_json(200, {"keys": [json.loads(state.service_key.export_public())]})
            if url.path == "/_test/stats":
                with state.lock:
                    return self.send_json(200, dict(state.stats))
            if len(parts) == 3 and parts[:2] == ["_test", "posted"]:
                found = state.submissions.get(parts[2])
                return self.send_json(200, found.get("posted", [])) if found else self.problem(404, "Not Found")
            if len(parts) == 3 and parts[:2] == ["_test", "received"]:
                found = state.received.get(parts[2])
                return self.send_json(200, found) if found else self.problem(404, "Not Found")
            if self.authorised() is None:
                return
            if len(parts) >= 3 and parts[:2] == ["v2", "destinations"]:
                destination = state.destinations.get(parts[2])
                if destination is None:
                    return self.problem(404, "Not Found", "destination unknown")
                if len(parts) == 3:
                    return self.send_json(200, {
                        "destinationId": destination["id"],
                        "status": destination["status"],
                        "services": [{"identifier": s, "submissionSchemas": [], "regions": destination["regions"]} for s in destination["services"]],
                        "encryptionKid": destination["encryption"].key_id,
                        "metadataVersions": destination["metadataVersions"],
                    })
                if len(parts) == 5 and parts[3] == "keys":
                    for key in (destination["published"], destination["signing"]):
                        if key.key_id == parts[4]:
                            return self.send_json(200, json.loads(key.export_public()))
                    return self.problem(404, "Not Found", "key unknown")
            if url.path == "/v2/submissions":
                destination = parse_qs(url.query).get("destinationId", [""])[0]
                waiting = [
                    {"destinationId": s["destinationId"], "submissionId": s["id"], "caseId": s["caseId"]}
                    for s in state.submissions.values()
                    if s["destinationId"] == destination and s["submitted"] and not s.get("decided")
                ]
                state.stats["pickups"] = state.stats.get("pickups", 0) + 1
                return self.send_json(200, {"count": len(waiting), "offset": 0, "totalCount": len(waiting), "submissions": waiting})
            if len(parts) == 3 and parts[:2] == ["v2", "submissions"]:
                submission = state.submissions.get(parts[2])
                if submission is None or not submission["submitted"]:
                    return self.problem(404, "Not Found", "submission unknown")
                return self.send_json(200, {
                    "destinationId": submission["destinationId"], "submissionId": submission["id"], "caseId": submission["caseId"],
                    "attachments": submission["announced"], "publicService": submission["service"],
                    "encryptedMetadata": submission["encryptedMetadata"], "encryptedData": submission.get("encryptedData"),
                })
            if len(parts) == 5 and parts[:2] == ["v2", "submissions"] and parts[3] == "attachments":
                submission = state.submissions.get(parts[2])
                if submission is None or parts[4] not in submission["attachments"]:
                    return self.problem(404, "Not Found", "attachment unknown")
                data = submission["attachments"][parts[4]].encode()
                self.send_response(200)
                self.send_header("content-type", "application/jose")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            if url.path == "/v1/routes":
                query = parse_qs(url.query)
                service = "urn:de:fim:leika:leistung:" + query.get("leikaKey", [""])[0]
                region = query.get("ars", [""])[0]
                routes = [
                    {"destinationId": d["id"], "destinationName": "Testbehörde", "destinationParameters": {"encryptionKid": d["encryption"].key_id}}
                    for d in state.destinations.values()
                    if service in d["services"] and any(region.startswith(r) or r.startswith(region) for r in d["regions"])
                ]
                return self.send_json(200, {"count": len(routes), "offset": 0, "totalCount": len(routes), "routes": routes})
            if len(parts) == 4 and parts[0] == "v2" and parts[3] == "events":
                submission_id = parts[2] if parts[1] == "submissions" else state.cases.get(parts[2]) if parts[1] == "cases" else None
                submission = state.submissions.get(submission_id or "")
                if submission is None:
                    return self.problem(404, "Not Found", "unknown")
                events = list(submission["events"])
                if state.misbehaviour(("bad-signature",), submission["destinationId"]) == "bad-signature":
                    # The signatures' last characters changed: no event may be believed.
                    events = [e[:-6] + ("AAAAAA" if not e.endswith("AAAAAA") else "BBBBBB") for e in events]
                return self.send_json(200, {"count": len(events), "offset": 0, "totalCount": len(events), "eventLog": events})
            self.problem(404, "Not Found")

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--metadata-schema")
    parser.add_argument("--key-bits", type=int, default=2048)
    options = parser.parse_args()
    state = State(options)
    server = ThreadingHTTPServer(("127.0.0.1", options.port), make_handler(state))
    server.daemon_threads = True
    print(f"FIT-Connect test server on 127.0.0.1:{options.port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
