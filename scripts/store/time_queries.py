#!/usr/bin/env python3
"""Times the five typical store queries as whole `warta` processes (start-up included), wall clock
and CPU (user+sys of the child), p50/p99 over RUNS runs each. Works with any `warta` binary, so
an older build can be compared on the same database.

    time_queries.py WARTA DB [RUNS=50]
"""
import resource
import subprocess
import sys
import time

QUERIES = [
    ("actor", ["events", "--actor", "IDN"]),
    ("actor pair, date range", ["events", "--source", "IDN", "--target", "USA", "--from", "2010-01-01",
                                "--to", "2019-12-31"]),
    ("root + country", ["events", "--root", "19", "--country", "ID"]),
    ("place within radius", ["events", "--near", "-6.2,106.8", "--radius-km", "100"]),
    ("text search", ["search", "serangan"]),
    ("start-up (empty result)", ["events", "--root", "99", "--limit", "1"]),
]


def pct(xs, p):
    xs = sorted(xs)
    return xs[max(0, min(len(xs) - 1, -(-int(len(xs) * p * 1000) // 1000) - 1))]


def main():
    warta, db = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    print(f"{'query':<26} {'p50 ms':>8} {'p99 ms':>8} {'cpu p50':>8} {'cpu p99':>8}  last line of output")
    for name, args in QUERIES:
        wall, cpu = [], []
        last = ""
        for _ in range(runs):
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            p = subprocess.run([warta, *args, "--db", db], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            wall.append((time.perf_counter() - t) * 1000)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append((r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) * 1000)
            if p.returncode not in (0, 1):
                sys.exit(f"{name}: {p.stderr.decode()}")
            lines = p.stdout.decode().strip().splitlines()
            last = lines[-1] if lines else ""
        print(f"{name:<26} {pct(wall, .5):8.1f} {pct(wall, .99):8.1f} {pct(cpu, .5):8.1f} {pct(cpu, .99):8.1f}  {last[:60]}")


if __name__ == "__main__":
    main()
