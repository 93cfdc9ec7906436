"""Load on loopback: gunicorn serves the demo database, wrk drives each page for a bounded time.

    .venv/bin/python bench/load.py [--seconds 60] [--connections 50] [--workers 2] [--threads 4]
                                   [--path /overview/ --path /units/<key>/ ...] [--data-dir data/load]

Prepares its own demo database in --data-dir (`nongthon demo --prepare-only`, migrated again when
reused), starts gunicorn with the production settings (a throwaway SECRET_KEY, plain HTTP on
127.0.0.1, gthread workers) on a free port, waits until it answers, then for each path runs wrk
for --seconds with --connections open connections. A Lua hook of wrk reports, per path: requests,
requests per second, the 50th/95th/99th percentile latency and the errors (socket connect, read,
write and timeout errors, and answers other than 2xx/3xx). The server is stopped at the end, also
on failure. Needs wrk (Debian: `apt-get install wrk`). The default paths are the public country
overview and the page of the commune with the most accepted data.

Exit status 1 when any request failed, so a run can gate a release.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

# wrk's done() hook: one JSON line with the figures (latency in microseconds).
REPORT_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, "status": %d, '
    .. '"timeout": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="seconds per path (1 to 600)")
    parser.add_argument("--connections", type=int, default=50, help="open connections (1 to 1000)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--path", action="append", help="a path to load (repeatable)")
    parser.add_argument("--data-dir", default=str(ROOT / "data" / "load"), help="the demo database's folder")
    args = parser.parse_args()
    seconds = max(1, min(args.seconds, 600))
    connections = max(1, min(args.connections, 1000))
    wrk = shutil.which("wrk")
    if wrk is None:
        print("bench/load.py: wrk is not installed (Debian: apt-get install wrk).", file=sys.stderr)
        return 2
    data_dir = Path(args.data_dir).resolve()
    env = _environment(data_dir)
    _prepare(env)
    paths = args.path or _default_paths(env)
    port = _free_port()
    log = data_dir / "gunicorn.log"
    server = subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "nongthon.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(args.workers), "--worker-class", "gthread", "--threads", str(args.threads),
         "--timeout", "120", "--error-logfile", str(log)],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failed = False
    try:
        _wait_until_up(f"http://127.0.0.1:{port}/overview/", server)
        print(f"gunicorn {args.workers} workers × {args.threads} threads, wrk {connections} connections, "
              f"{seconds} s per path, database {env['NONGTHON_DATA_DIR']}, "
              f"load average before {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        for path in paths:
            figures = _drive(wrk, f"http://127.0.0.1:{port}{path}", seconds, connections)
            errors = sum(figures[k] for k in ("connect", "read", "write", "status", "timeout"))
            failed |= errors > 0
            rate = figures["requests"] / (figures["duration_us"] / 1e6)
            print(f"{path:44} {figures['requests']:7d} requests  {rate:7.1f} req/s  "
                  f"p50 {figures['p50_us'] / 1000:7.1f} ms  p95 {figures['p95_us'] / 1000:7.1f} ms  "
                  f"p99 {figures['p99_us'] / 1000:7.1f} ms  errors {errors} "
                  f"(connect {figures['connect']}, read {figures['read']}, write {figures['write']}, "
                  f"non-2xx/3xx {figures['status']}, timeout {figures['timeout']})")
    finally:
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(timeout=30)
        if server.poll() is None:
            server.kill()
    return 1 if failed else 0


def _environment(data_dir: Path) -> dict:
    data_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)  # the demo's own SQLite file
    env.update({
        "NONGTHON_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "nongthon.settings_production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback; TLS is the proxy's in production
        "SECURE_HSTS_SECONDS": "0",
        "PYTHONPATH": str(ROOT / "src"),
    })
    return env


def _prepare(env: dict) -> None:
    """The demo data (built once), its schema brought up to date, and the static files collected."""
    nongthon = [str(VENV_BIN / "python"), "-m", "nongthon"]
    database = Path(env["NONGTHON_DATA_DIR"]) / "nongthon.sqlite3"
    steps = [["migrate", "--no-input", "-v", "0"], ["collectstatic", "--no-input", "-v", "0"]]
    if not database.exists():
        steps.insert(0, ["demo", "--prepare-only"])
    for step in steps:
        subprocess.run([*nongthon, *step], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def _default_paths(env: dict) -> list[str]:
    """The country overview and the page of the commune with the most accepted observations."""
    script = ("import django; django.setup()\n"
              "from django.db.models import Count\n"
              "from nongthon.monitoring.models import Observation\n"
              "row = (Observation.objects.filter(status='accepted', unit__level='xa').values('unit__key')"
              ".annotate(n=Count('id')).order_by('-n').first())\n"
              "print(row['unit__key'] if row else '')\n")
    key = subprocess.run([str(VENV_BIN / "python"), "-c", script], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    return ["/overview/", *([f"/units/{key}/"] if key else [])]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(url: str, server: subprocess.Popen, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn stopped at start (exit {server.returncode}); see its error log.")
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer {url} within {limit:.0f} s.")


def _drive(wrk: str, url: str, seconds: int, connections: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(REPORT_LUA)
    try:
        threads = min(2, connections)
        out = subprocess.run([wrk, "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s",
                              "--timeout", "30s", "-s", script.name, url],
                             capture_output=True, text=True, timeout=seconds + 120, check=True).stdout
    finally:
        os.unlink(script.name)
    line = next(line for line in reversed(out.splitlines()) if line.startswith("{"))
    return json.loads(line)


if __name__ == "__main__":
    sys.exit(main())
