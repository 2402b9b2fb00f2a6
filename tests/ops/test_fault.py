"""Fault test: the app under gunicorn on a PostgreSQL of its own, readers and writers on
127.0.0.1, and PostgreSQL stopped and started again in the middle.

The app must recover without being restarted, every error during the outage must be the
503 page, and every write that reported success must be in the database. It runs once, in
the suite's PostgreSQL pass (it starts and removes its own cluster; the suite's server is
never touched).
"""
import http.client
import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

PGBIN = Path("/usr/lib/postgresql/15/bin")
pytestmark = [
    pytest.mark.fault,
    pytest.mark.skipif(connection.vendor != "postgresql",
                       reason="runs once, in the PostgreSQL pass of the suite"),
    pytest.mark.skipif(not (PGBIN / "initdb").exists(), reason="PostgreSQL 15 is not installed"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_postgres(*command, **kwargs):
    prefix = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
    return subprocess.run([*prefix, *map(str, command)], check=True, capture_output=True,
                          text=True, **kwargs)


@pytest.fixture
def cluster():
    """A throwaway PostgreSQL cluster: (data folder, port, the command that starts it)."""
    folder = Path(tempfile.mkdtemp(prefix="fault-pg-"))  # outside pytest's root-only tmp
    folder.chmod(0o777)
    data = folder / "data"
    as_postgres(PGBIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres")
    port = free_port()
    options = f"-p {port} -k /tmp -c fsync=off -c listen_addresses=127.0.0.1"
    start = [PGBIN / "pg_ctl", "-D", data, "-w", "-l", data / "log", "-o", options]
    as_postgres(*start, "start")
    yield data, port, start
    subprocess.run(["runuser", "-u", "postgres", "--", str(PGBIN / "pg_ctl"), "-D", str(data),
                    "-m", "immediate", "stop"] if os.getuid() == 0 else
                   [str(PGBIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                   capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def app(cluster, tmp_path):
    """The app under gunicorn on the cluster, migrated, with the demo data and a superuser."""
    _data, pg_port, _start = cluster
    subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(pg_port), "-U", "postgres", "-c",
                    "CREATE DATABASE tracker_fault"], check=True, capture_output=True)
    secret = tmp_path / "secret"
    secret.write_text("fault-test-secret-" + os.urandom(16).hex())
    port = free_port()
    env = {**os.environ, "DATABASE_URL": f"postgres://postgres@127.0.0.1:{pg_port}/tracker_fault",
           "SECRET_KEY_FILE": str(secret), "DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1",
           "SECURE_COOKIES": "0", "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2",
           "ACCESS_LOG": "", "CONN_MAX_AGE": "60", "AXES_FAILURE_LIMIT": "1000"}
    env.pop("SECRET_KEY", None)
    password = os.urandom(12).hex()
    for step in (["migrate", "--noinput"], ["loaddemo"], ["collectstatic", "--noinput"]):
        subprocess.run([sys.executable, "manage.py", *step], env=env, check=True,
                       capture_output=True)
    # A superuser with an authenticator app, and recovery codes: one for each session's
    # second factor (four sessions sign in within one app code's 30 seconds).
    make_user = ("import os; from django.contrib.auth.models import User; "
                 "from accounts.twofactor.devices import new_recovery_codes; "
                 "from tests.second_factor import authenticator; "
                 "user = User.objects.create_superuser('fault', '', os.environ['FAULT_PASSWORD']); "
                 "authenticator(user); print(' '.join(new_recovery_codes(user)))")
    codes = subprocess.run([sys.executable, "manage.py", "shell", "--no-imports", "-c", make_user],
                           env={**env, "FAULT_PASSWORD": password}, check=True,
                           capture_output=True, text=True).stdout.split()
    log = (tmp_path / "gunicorn.log").open("w")  # a pipe nobody reads would block the workers
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "config/gunicorn.py"],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _try in range(150):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=5)
            break
        except OSError:  # refused or timed out while the workers start
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail("gunicorn did not answer: " + (tmp_path / "gunicorn.log").read_text()[-2000:])
    yield base, (password, codes), env
    server.terminate()
    try:
        server.wait(timeout=40)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


class Session:
    """A signed-in browser: cookies, and the CSRF token for posts."""

    def __init__(self, base: str, password: str, code: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar),
                                                  NoRedirect)
        status, page = self.get("/admin/login/")
        self.post("/admin/login/", {"username": "fault", "password": password,
                                    "next": "/admin/"}, page)
        status, page = self.get("/accounts/two-factor/code/")
        status, _body = self.post("/accounts/two-factor/code/", {"code": code}, page)
        assert status == 302, "the second factor must sign the session in"

    def get(self, path: str) -> tuple[int, str]:
        return self.send(urllib.request.Request(self.base + path))

    def send(self, request) -> tuple[int, str]:
        """(status, body); a connection the server dropped or never answered is status 0."""
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")
        except (OSError, http.client.HTTPException) as error:
            return 0, repr(error)

    def post(self, path: str, data: dict, form_page: str) -> tuple[int, str]:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form_page)
        if token is None:
            return 0, "no form"
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token.group(1)}).encode()
        return self.send(urllib.request.Request(self.base + path, data=body,
                                                headers={"Referer": self.base + path}))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_the_app_survives_a_database_restart(cluster, app):
    data, _pg_port, start = cluster
    base, (password, codes), env = app
    statuses, written, lock, stop = [], [], threading.Lock(), threading.Event()

    def reader(session):
        while not stop.is_set():
            for path in ("/", "/governments/?report=A-56-167&replied=no", "/healthz"):
                status, _body = session.get(path)
                with lock:
                    statuses.append((time.monotonic(), path, status))

    def writer(session, name):
        number = 0
        while not stop.is_set():
            number += 1
            symbol = f"F/{name}/{number}"
            status, page = session.get("/admin/surveys/resolution/add/")
            if status == 200:
                status, _body = session.post("/admin/surveys/resolution/add/", {
                    "symbol": symbol, "adopted_on": "2001-07-03", "title": "Fault test",
                    "paragraph": "1"}, page)
                if status == 302:
                    with lock:
                        written.append(symbol)
            with lock:
                statuses.append((time.monotonic(), "write", status))

    sessions = [Session(base, password, code) for code in codes[:4]]
    threads = [threading.Thread(target=reader, args=(sessions[0],)),
               threading.Thread(target=reader, args=(sessions[1],)),
               threading.Thread(target=writer, args=(sessions[2], "a")),
               threading.Thread(target=writer, args=(sessions[3], "b"))]
    for thread in threads:
        thread.start()
    time.sleep(3)
    as_postgres(PGBIN / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop")
    outage_started = time.monotonic()
    time.sleep(3)
    as_postgres(*start, "start")
    outage_ended = time.monotonic()
    time.sleep(4)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)

    errors = [(path, status) for _when, path, status in statuses if not 200 <= status < 400]
    assert {status for _path, status in errors} <= {503}, errors[:10]
    during = [s for when, _p, s in statuses if outage_started + 0.5 < when < outage_ended]
    assert 503 in during, "the outage must be seen, as 503 pages"
    after = [s for when, _p, s in statuses if when > outage_ended + 2]
    assert after and all(s < 400 for s in after), "the app must recover without a restart"
    assert written, "some writes must have succeeded"
    listed = ("from surveys.models import Resolution; print('\\n'.join("
              "Resolution.objects.filter(symbol__startswith='F/').values_list('symbol', "
              "flat=True)))")
    shell = [sys.executable, "manage.py", "shell", "--no-imports", "-c", listed]
    symbols = set(subprocess.run(shell, env=env, check=True, capture_output=True,
                                 text=True).stdout.split())
    assert set(written) <= symbols
