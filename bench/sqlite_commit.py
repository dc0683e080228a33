#!/usr/bin/env python3
"""The machine's ceiling for durable SQLite commits: single-row transactions, WAL, synchronous=FULL.

Usage: sqlite_commit.py DIRECTORY SECONDS. Prints "commits_per_second N".
"""
import os
import sqlite3
import sys
import time

directory, seconds = sys.argv[1], float(sys.argv[2])
path = os.path.join(directory, "raw-commit.sqlite")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(path + suffix):
        os.remove(path + suffix)
connection = sqlite3.connect(path, isolation_level=None)
assert connection.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
connection.execute("PRAGMA synchronous=FULL")
connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
body = "x" * 600  # about the size of a stored Brunnenbohrung submission
count = 0
end = time.monotonic() + seconds
while time.monotonic() < end:
    connection.execute("BEGIN")
    connection.execute("INSERT INTO t (body) VALUES (?)", (body,))
    connection.execute("COMMIT")
    count += 1
print(f"commits_per_second {count / seconds:.0f}")
