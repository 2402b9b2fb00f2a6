"""How long a client that leaves keeps a gunicorn worker busy, with and without nginx in front:
the figures of the README's "Workers that do not stop together".

One gunicorn server with one worker process (config/gunicorn.py, the worker class and threads
given), on a database that already holds the data (DATABASE_URL, e.g. a 100x one made by
``scaledemo``), nginx in front with config/nginx.conf.template. For each slow address, a
client asks for it and leaves 0.3 s later; at once another asks for /healthz on the same
server, and the wait for its answer is the time the first request still held the worker.

    DATABASE_URL=postgres://.../bench_100x .venv/bin/python scripts/departed_client.py
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.ops.server_settings")
os.environ.setdefault("SECRET_KEY", "departed-client-" + os.urandom(8).hex())

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402

from tests.ops.test_two_servers import (  # noqa: E402
    NGINX,
    free_port,
    nginx_configuration,
    self_signed_certificate,
)

PATHS = {
    "responses XLSX (made whole, then sent)": "/responses/?_export=xlsx",
    "responses CSV (streamed)": "/responses/?_export=csv",
}
KINDS = {"sync": ["--worker-class", "sync"],
         "gthread, 4 threads": ["--worker-class", "gthread", "--threads", "4"]}


def session_cookie() -> str:
    user, _ = get_user_model().objects.get_or_create(username="departed-client-reader")
    user.groups.add(Group.objects.get(name="Viewers"))
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    return f"sessionid={session.session_key}"


def ask(port: int, path: str, cookie: str, leave_after: float | None, tls_port: int | None):
    """Send a GET; leave after ``leave_after`` s, or read the whole answer. Seconds taken."""
    import ssl

    started = time.monotonic()
    raw = socket.create_connection(("127.0.0.1", tls_port or port), timeout=120)
    if tls_port:
        context = ssl.create_default_context()
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        raw = context.wrap_socket(raw)
    host = f"127.0.0.1:{tls_port or port}"
    extra = "" if tls_port else "X-Forwarded-Proto: https\r\nX-Forwarded-For: 127.0.0.1\r\n"
    raw.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\n{extra}"
                "Connection: close\r\n\r\n".encode())
    if leave_after is not None:
        time.sleep(leave_after)
        raw.close()
        return time.monotonic() - started
    while raw.recv(65536):
        pass
    raw.close()
    return time.monotonic() - started


def main():
    cookie = session_cookie()
    folder = Path(tempfile.mkdtemp(prefix="departed-"))
    env = {**os.environ, "DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1", "BEHIND_TLS_PROXY": "1",
           "TRUSTED_PROXY_COUNT": "1", "WEB_CONCURRENCY": "1", "ACCESS_LOG": "",
           "LOG_LEVEL": "ERROR", "EXPORT_IN_REQUEST_ROWS": "1000000"}
    rows = []
    for kind, options in KINDS.items():
        port, tls_port = free_port(), free_port()
        server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config",
                                   "config/gunicorn.py", *options, "--bind", f"127.0.0.1:{port}"],
                                  cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
        certificate, key = self_signed_certificate(folder)
        main_conf = nginx_configuration(folder, {
            "APP_SERVER_1": f"127.0.0.1:{port}", "APP_SERVER_2": f"127.0.0.1:{port}",
            "LISTEN": f"127.0.0.1:{tls_port}", "SERVER_NAME": "127.0.0.1",
            "TLS_CERTIFICATE": str(certificate), "TLS_KEY": str(key)})
        nginx = subprocess.Popen([NGINX, "-p", str(folder), "-e", str(folder / "error.log"),
                                  "-c", str(main_conf)], stderr=subprocess.DEVNULL)
        time.sleep(12)  # the worker warms up
        for name, path in PATHS.items():
            whole = ask(port, path, cookie, None, None)
            for front, via in (("direct", None), ("nginx", tls_port)):
                ask(port, path, cookie, 0.3, via)
                held = ask(port, "/healthz", "", None, via)
                rows.append((name, kind, front, whole, held))
                print(f"| {name} | {kind} | {front} | {whole:.1f} | {held:.2f} |", flush=True)
                time.sleep(whole + 1)  # let the abandoned request end before the next
        nginx.send_signal(signal.SIGQUIT)
        server.send_signal(signal.SIGTERM)
        server.wait()
        nginx.wait()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
