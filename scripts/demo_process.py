"""Starts the real `serviceportal demo` binary on a free port for the end-to-end tests and stops it."""
import os
import re
import signal
import socket
import subprocess
import threading
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Demo:
    """The demo server as a child process; its stdout is collected in the background."""

    def __init__(self, binary, data_dir, port, env=None, args=()):
        self.lines = []
        os.makedirs(os.path.dirname(data_dir), exist_ok=True)
        self.process = subprocess.Popen(
            [binary, "demo", "--port", str(port), "--data-dir", data_dir, *args],
            stdout=subprocess.PIPE, stderr=open(os.path.join(os.path.dirname(data_dir), f"server-{port}.log"), "a"),
            text=True, env={**os.environ, "LOG_LEVEL": "warning", **(env or {})},
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern, seconds=60):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for line in self.lines:
                match = re.search(pattern, line)
                if match:
                    return match
            if self.process.poll() is not None:
                return None
            time.sleep(0.1)
        return None

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                return self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                return None
        return self.process.returncode
