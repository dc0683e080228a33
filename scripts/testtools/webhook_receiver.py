#!/usr/bin/env python3
"""A webhook receiver for the tests, written from the "Standard Webhooks" specification
(https://www.standardwebhooks.com): it checks `webhook-id`, `webhook-timestamp` (five minutes either
way) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, keyed with the
base64-decoded part of a `whsec_` secret; several signatures separated by spaces), and drops repeats
by `webhook-id`, as a real receiver must.

  webhook_receiver.py PORT --secret whsec_… [--secret …] [--fail-share 0.3] [--seed 1]

POST /hook             the receiver; fails the given share of requests with 503, half of those
                       after storing (the answer is "lost"), so repeats reach the de-duplication
POST /status/NNN       answers NNN without looking
POST /redirect         answers 302 to /hook
POST /slow?s=N         answers 200 after N seconds
POST /garbage          answers 200 with a body that is no JSON
GET  /stats            what arrived: {"requests", "delivered", "duplicates", "badSignatures", "failed", "ids"}
POST /reset            forgets everything
Listens on 127.0.0.1 only; standard library only.
"""
import argparse
import base64
import hashlib
import hmac
import json
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

TOLERANCE = 5 * 60


def verify(secrets, headers, body):
    msg_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp")
    signatures = headers.get("webhook-signature")
    if not msg_id or not timestamp or not signatures:
        return False
    try:
        sent = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - sent) > TOLERANCE:
        return False
    content = f"{msg_id}.{timestamp}.".encode() + body
    for secret in secrets:
        key = base64.b64decode(secret[len("whsec_"):])
        expected = base64.b64encode(hmac.new(key, content, hashlib.sha256).digest()).decode()
        for part in signatures.split(" "):
            version, _, signature = part.partition(",")
            if version == "v1" and hmac.compare_digest(signature, expected):
                return True
    return False


class State:
    def __init__(self, secrets, fail_share, seed):
        self.secrets = secrets
        self.fail_share = fail_share
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.requests = 0
        self.ids = {}
        self.duplicates = 0
        self.bad = 0
        self.failed = 0
        self.bodies = {}


def handler(state):
    class Handler(BaseHTTPRequestHandler):
        # Keep-alive, as real receivers behind a web server answer.
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def answer(self, status, body=b"", content_type="application/json", headers=()):
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(body)))
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if self.path == "/stats":
                with state.lock:
                    stats = {
                        "requests": state.requests, "delivered": len(state.ids), "duplicates": state.duplicates,
                        "badSignatures": state.bad, "failed": state.failed, "ids": state.ids, "bodies": state.bodies,
                    }
                self.answer(200, json.dumps(stats).encode())
            else:
                self.answer(404)

        def do_POST(self):
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length)
            if len(body) < length:
                # The sender went away mid-request (the drill kills the portal): no request, no answer.
                self.close_connection = True
                return
            url = urlparse(self.path)
            if url.path == "/reset":
                with state.lock:
                    state.reset()
                return self.answer(204)
            if url.path.startswith("/status/"):
                return self.answer(int(url.path.split("/")[2]))
            if url.path == "/redirect":
                return self.answer(302, headers=[("location", "/hook")])
            if url.path == "/slow":
                time.sleep(float(parse_qs(url.query).get("s", ["5"])[0]))
                return self.answer(200)
            if url.path == "/garbage":
                return self.answer(200, b"\x00\xff kein JSON", "application/octet-stream")
            if url.path != "/hook":
                return self.answer(404)
            with state.lock:
                state.requests += 1
                if not verify(state.secrets, self.headers, body):
                    state.bad += 1
                    bad = True
                    self.log_message("bad signature: id %s, timestamp %s, %d bytes",
                                     self.headers.get("webhook-id"), self.headers.get("webhook-timestamp"), len(body))
                else:
                    bad = False
                    roll = state.random.random()
                    fail_before = roll < state.fail_share / 2
                    fail_after = state.fail_share / 2 <= roll < state.fail_share
                    if fail_before:
                        state.failed += 1
                    else:
                        msg_id = self.headers["webhook-id"]
                        if msg_id in state.ids:
                            state.duplicates += 1
                        else:
                            state.ids[msg_id] = 0
                            state.bodies[msg_id] = json.loads(body)
                        state.ids[msg_id] += 1
                        if fail_after:
                            state.failed += 1
            if bad:
                return self.answer(401, b'{"message":"bad signature"}')
            if fail_before or fail_after:
                return self.answer(503, b'{"message":"try again"}')
            return self.answer(204)

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--secret", action="append", required=True)
    parser.add_argument("--fail-share", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    state = State(arguments.secret, arguments.fail_share, arguments.seed)
    # socketserver's listen backlog of 5 drops connections when many senders connect at once, and a
    # dropped SYN costs the sender a second: far more than the portal's own work.
    ThreadingHTTPServer.request_queue_size = 256
    server = ThreadingHTTPServer(("127.0.0.1", arguments.port), handler(state))
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
