#!/usr/bin/env python3
"""A payment platform for the tests, written from the XBezahldienste REST interface as German
payment platforms (ePayBL, pmPayment, ePay21) offer it: transactions are created and read back,
the applicant pays on a small accessible pay page, and problems come as problem JSON with the
interface's functional codes. One of three ways to authenticate, as found in the field:

  payment_provider.py PORT --auth basic  --client-id ID --client-secret SECRET
  payment_provider.py PORT --auth oauth2 --client-id ID --client-secret SECRET [--token-seconds 300]
  payment_provider.py PORT --auth mtls   --cert server.pem --key server.key --ca clients-ca.pem [--pay-port PORT2]

POST /paymenttransaction/{originatorId}/{endpointId}        create (200); the same requestId with the
                                                            same amount answers the same transaction,
                                                            with another amount 409 PAYMENT_EXISTS
GET  /paymenttransaction/{originatorId}/{endpointId}/{id}   read one transaction
POST /oauth/token                                           client credentials (oauth2 only)
GET  /bezahlen/{id}                                         the pay page: Bezahlen, Abbrechen, Fehlschlagen
POST /bezahlen/{id}                                         sets the status, redirects (303) to redirectUrl
POST /_test/status/{id}?status=PAYED                        sets a status without the pay page
POST /_test/mode?next=500|garbage|slow|payment-exists&count=N   misbehaves on the next N API calls
POST /_test/revoke-tokens                                   forgets every token (one that expires early)
GET  /_test/stats                                           {"created", "reads", "tokens", "transactions"}
The originator must be "portal-test" and the endpoint "gebuehren" or "sonder" (else 404
NO_VALID_ORIGINATOR_OR_ENDPOINT). Listens on 127.0.0.1 only; standard library only.
"""
import argparse
import base64
import html
import json
import re
import secrets
import ssl
import threading
import time
from decimal import Decimal, InvalidOperation
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

ORIGINATOR = "portal-test"
ENDPOINTS = {"gebuehren", "sonder"}
PURPOSE = re.compile(r"^[A-Za-z0-9 \-]{1,27}$")
REQUEST_ID = re.compile(r"^[A-Za-z0-9_\-]{1,36}$")


class State:
    def __init__(self, options):
        self.options = options
        self.lock = threading.Lock()
        self.transactions = {}  # id → {"request": body, "information": {...}}
        self.by_request = {}  # requestId → id
        self.tokens = {}  # token → expiry
        self.mode = None
        self.mode_count = 0
        self.stats = {"created": 0, "reads": 0, "tokens": 0}

    def misbehaviour(self):
        with self.lock:
            if self.mode and self.mode_count > 0:
                self.mode_count -= 1
                return self.mode
        return None


def cents(value):
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    if amount != amount.quantize(Decimal("0.01")):
        return None
    return int(amount * 100)


def validate(body):
    """The interface's checks: a problem detail, or None."""
    if not isinstance(body, dict):
        return "body is no object"
    if not isinstance(body.get("requestId"), str) or not REQUEST_ID.match(body["requestId"]):
        return "requestId"
    if body.get("currency") != "EUR":
        return "currency"
    if not isinstance(body.get("purpose"), str) or not PURPOSE.match(body["purpose"]):
        return "purpose"
    if not isinstance(body.get("redirectUrl"), str) or not body["redirectUrl"].startswith(("http://", "https://")):
        return "redirectUrl"
    if len(body.get("description") or "") > 250:
        return "description"
    total = cents(body.get("grosAmount"))
    items = body.get("items")
    if total is None or total <= 0 or not isinstance(items, list) or not items:
        return "grosAmount"
    summed = 0
    for item in items:
        net, tax = cents(item.get("totalNetAmount")), cents(item.get("totalTaxAmount"))
        if net is None or tax is None or len(str(item.get("id", ""))) > 36 or len(str(item.get("reference", ""))) > 36:
            return "items"
        summed += net + tax
    if summed != total:
        return "CALCULATION_ERROR"
    return None


def make_handler(state):
    options = state.options

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def reply(self, status, body, content_type="application/json", headers=None):
            data = body if isinstance(body, bytes) else (json.dumps(body) if not isinstance(body, str) else body).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def problem(self, status, title, detail, code):
            self.reply(status, {"type": "about:blank", "status": status, "title": title, "detail": detail, "functionalCode": code},
                       "application/problem+json")

        def read_body(self):
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def authorised(self):
            if options.auth == "mtls":
                return self.connection.getpeercert() is not None
            header = self.headers.get("Authorization") or ""
            if options.auth == "basic":
                expected = base64.b64encode(f"{options.client_id}:{options.client_secret}".encode()).decode()
                return header == f"Basic {expected}"
            token = header[len("Bearer "):] if header.startswith("Bearer ") else None
            with state.lock:
                expiry = state.tokens.get(token)
            return expiry is not None and expiry > time.time()

        def information(self, transaction):
            return {"paymentRequest": transaction["request"], "paymentInformation": transaction["information"]}

        def do_POST(self):
            path = urlparse(self.path).path
            query = parse_qs(urlparse(self.path).query)
            body = self.read_body()
            if path == "/oauth/token" and options.auth == "oauth2":
                form = parse_qs(body.decode(errors="replace"))
                basic = self.headers.get("Authorization") or ""
                client = (form.get("client_id", [None])[0], form.get("client_secret", [None])[0])
                if basic.startswith("Basic "):
                    client = tuple(base64.b64decode(basic[6:]).decode(errors="replace").partition(":")[::2])
                if form.get("grant_type", [None])[0] != "client_credentials" or client != (options.client_id, options.client_secret):
                    return self.reply(401, {"error": "invalid_client"})
                token = secrets.token_urlsafe(24)
                with state.lock:
                    state.tokens[token] = time.time() + options.token_seconds
                    state.stats["tokens"] += 1
                return self.reply(200, {"access_token": token, "token_type": "Bearer", "expires_in": options.token_seconds})
            if path.startswith("/_test/status/"):
                with state.lock:
                    transaction = state.transactions.get(path.rsplit("/", 1)[1])
                    if transaction is None:
                        return self.reply(404, {})
                    transaction["information"]["status"] = query.get("status", ["PAYED"])[0]
                    transaction["information"]["paymentMethod"] = "GIROPAY"
                return self.reply(200, {})
            if path == "/_test/revoke-tokens":
                with state.lock:
                    state.tokens.clear()
                return self.reply(200, {})
            if path == "/_test/mode":
                with state.lock:
                    state.mode = query.get("next", [None])[0]
                    state.mode_count = int(query.get("count", ["1"])[0])
                return self.reply(200, {})
            match = re.fullmatch(r"/bezahlen/([A-Za-z0-9_\-]+)", path)
            if match:
                action = parse_qs(body.decode(errors="replace")).get("aktion", [""])[0]
                status = {"bezahlen": "PAYED", "abbrechen": "CANCELED", "fehlschlagen": "FAILED"}.get(action)
                with state.lock:
                    transaction = state.transactions.get(match.group(1))
                    if transaction is None or status is None:
                        return self.reply(404, "Nicht gefunden", "text/plain; charset=utf-8")
                    if transaction["information"]["status"] == "INITIAL":
                        transaction["information"]["status"] = status
                        transaction["information"]["paymentMethod"] = "GIROPAY" if status == "PAYED" else None
                    target = transaction["request"]["redirectUrl"]
                return self.reply(303, b"", "text/plain", {"Location": target})
            match = re.fullmatch(r"/paymenttransaction/([^/]+)/([^/]+)", path)
            if not match:
                return self.reply(404, {})
            if not self.authorised():
                return self.reply(401, {"type": "about:blank", "status": 401, "title": "Unauthorized"}, "application/problem+json")
            trouble = state.misbehaviour()
            if trouble:
                return self.misbehave(trouble)
            if match.group(1) != ORIGINATOR or match.group(2) not in ENDPOINTS:
                return self.problem(404, "Not Found", "unknown originator or endpoint", "NO_VALID_ORIGINATOR_OR_ENDPOINT")
            try:
                request = json.loads(body)
            except ValueError:
                return self.problem(400, "Bad Request", "body is no JSON", "VALIDATION_ERROR")
            problem = validate(request)
            if problem == "CALCULATION_ERROR":
                return self.problem(400, "Bad Request", "items do not add up to grosAmount", "CALCULATION_ERROR")
            if problem:
                return self.problem(400, "Bad Request", problem, "VALIDATION_ERROR")
            with state.lock:
                existing = state.by_request.get(request["requestId"])
                if existing:
                    transaction = state.transactions[existing]
                    if cents(transaction["request"]["grosAmount"]) != cents(request["grosAmount"]):
                        return self.problem(409, "Conflict", "a transaction with this requestId exists", "PAYMENT_EXISTS")
                    return self.reply(200, self.information(transaction))
                transaction_id = "T" + secrets.token_hex(10)
                host = self.headers.get("Host") or f"127.0.0.1:{options.port}"
                scheme = "https" if options.auth == "mtls" else "http"
                transaction = {"request": request, "information": {
                    "transactionId": transaction_id, "transactionReference": request["requestId"][:20],
                    "transactionUrl": f"{scheme}://{host}/paymenttransaction/{match.group(1)}/{match.group(2)}/{transaction_id}",
                    "transactionRedirectUrl": (f"http://127.0.0.1:{options.pay_port}" if options.pay_port else f"{scheme}://{host}")
                    + f"/bezahlen/{transaction_id}",
                    "transactionTimestamp": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
                    "paymentMethod": None, "paymentMethodDetail": None, "status": "INITIAL", "statusDetail": None}}
                state.transactions[transaction_id] = transaction
                state.by_request[request["requestId"]] = transaction_id
                state.stats["created"] += 1
            return self.reply(200, self.information(transaction))

        def misbehave(self, trouble):
            if trouble == "500":
                return self.reply(500, "Internal Server Error", "text/plain")
            if trouble == "garbage":
                return self.reply(200, "<html>kein JSON</html>", "text/html")
            if trouble == "slow":
                time.sleep(5)
                return self.reply(503, "too slow", "text/plain")
            return self.problem(409, "Conflict", "a transaction with this requestId exists", "PAYMENT_EXISTS")

        def do_GET(self):
            path = urlparse(self.path).path
            if path == "/_test/stats":
                with state.lock:
                    return self.reply(200, {**state.stats, "transactions": {key: value["information"]["status"]
                                                                            for key, value in state.transactions.items()}})
            match = re.fullmatch(r"/bezahlen/([A-Za-z0-9_\-]+)", path)
            if match:
                with state.lock:
                    transaction = state.transactions.get(match.group(1))
                if transaction is None:
                    return self.reply(404, "Nicht gefunden", "text/plain; charset=utf-8")
                return self.reply(200, pay_page(transaction), "text/html; charset=utf-8")
            match = re.fullmatch(r"/paymenttransaction/([^/]+)/([^/]+)/([A-Za-z0-9_\-]+)", path)
            if not match:
                return self.reply(404, {})
            if not self.authorised():
                return self.reply(401, {"type": "about:blank", "status": 401, "title": "Unauthorized"}, "application/problem+json")
            trouble = state.misbehaviour()
            if trouble:
                return self.misbehave(trouble)
            with state.lock:
                transaction = state.transactions.get(match.group(3))
                state.stats["reads"] += 1
            if transaction is None:
                return self.problem(404, "Not Found", "no such transaction", "VALIDATION_ERROR")
            return self.reply(200, self.information(transaction))

    return Handler


def pay_page(transaction):
    request = transaction["request"]
    amount = f"{Decimal(str(request['grosAmount'])):.2f}".replace(".", ",")
    buttons = "".join(
        f'<button type="submit" name="aktion" value="{value}">{label}</button> '
        for value, label in (("bezahlen", "Bezahlen"), ("abbrechen", "Abbrechen"), ("fehlschlagen", "Fehlschlagen")))
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Testzahlung – {html.escape(request['purpose'])}</title></head>
<body><main><h1>Testzahlung (keine echte Zahlung)</h1>
<p>Verwendungszweck: {html.escape(request['purpose'])}</p><p>Betrag: {amount} €</p>
<form method="post">{buttons}</form></main></body></html>"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--auth", choices=["basic", "oauth2", "mtls"], required=True)
    parser.add_argument("--client-id", default="portal")
    parser.add_argument("--client-secret", default="geheim")
    parser.add_argument("--token-seconds", type=int, default=300)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--ca")
    parser.add_argument("--pay-port", type=int, help="serve the pay page on this port in plain HTTP too (browsers have no client certificate)")
    options = parser.parse_args()
    state = State(options)
    ThreadingHTTPServer.request_queue_size = 128
    server = ThreadingHTTPServer(("127.0.0.1", options.port), make_handler(state))
    if options.pay_port:
        pay = ThreadingHTTPServer(("127.0.0.1", options.pay_port), make_handler(state))
        threading.Thread(target=pay.serve_forever, daemon=True).start()
    if options.auth == "mtls":
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(options.cert, options.key)
        context.load_verify_locations(options.ca)
        context.verify_mode = ssl.CERT_REQUIRED
        server.socket = context.wrap_socket(server.socket, server_side=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
