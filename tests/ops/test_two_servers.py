"""Two app servers, a task worker and Redis behind nginx, set up as the README's "Production"
says: gunicorn with config/gunicorn.py, ``manage.py run_worker``, the shared cache in Redis,
and nginx with config/nginx.conf.template (the file the README quotes), TLS included. Each on
a free port of 127.0.0.1, on the suite's PostgreSQL test database.

Checked, as a browser or a script would see it, through each server's own address (as nginx
calls it) or through nginx:

- a sign-in begun on one server (the password) ends on the other (the second factor), and the
  session is good on both; wrong passwords on both add up to one lockout;
- a reply changed through one server shows on the other at once;
- the figures the worker recomputes after that change (core.figures) are what both servers
  then serve, current (no "being updated" notice): the summary page the worker drew is in
  Redis before any reader asks, and a reply then changed behind the data version's back,
  which a server computing its own figures would count, does not show;
- the API's limit counts a user's requests on both servers together;
- the summary PDF the worker made (its figures) is what both servers then serve: the copy in
  the shared cache, not one of their own;
- SIGTERM to one server during a stream of GET requests through nginx loses none of them.

It runs in the PostgreSQL pass (.ci/run), with nginx from Debian (.ci/nginx-deps) and Redis on
127.0.0.1:6379, whose database 14 it empties and uses. With ``CACHE_URL=locmem://`` in the
environment each process keeps a cache of its own instead, and the test fails (the worker's
figures, the API's limit and the worker's PDF): run it so to see that it checks what it says.
"""
import datetime
import http.client
import http.cookies
import json
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Group, User
from django.core.cache.utils import make_template_fragment_key
from django.core.management import call_command
from django.db import connection

from core.dataversion import data_version
from core.figures import computed_version
from core.models import Download
from core.tasks import make_download
from surveys.models import Government, Report, Response, Stance
from tests import builders
from tests.second_factor import authenticator, code_for

ROOT = Path(settings.BASE_DIR)
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
TEMPLATE = ROOT / "config" / "nginx.conf.template"
REDIS = ("127.0.0.1", 6379)
REDIS_DB = 14
IN_CI = os.environ.get("CI", "").lower() == "true"

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql",
                       reason="runs once, in the PostgreSQL pass of the suite"),
    pytest.mark.django_db(transaction=True),
]


def missing(what: str):
    """Skipped on a machine without it; in CI (CI=true), a failure."""
    if IN_CI:
        pytest.fail(f"{what} is missing", pytrace=False)
    pytest.skip(f"{what} is missing")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_command(*words: str) -> bytes:
    """One command to Redis in its wire protocol, in the test's database; its reply line."""
    with socket.create_connection(REDIS, timeout=2) as redis:
        parts = []
        for command in (("SELECT", str(REDIS_DB)), words):
            parts.append(f"*{len(command)}\r\n".encode())
            for word in command:
                parts.append(f"${len(word.encode())}\r\n{word}\r\n".encode())
        redis.sendall(b"".join(parts))
        replies = b""
        while replies.count(b"\r\n") < 2:
            replies += redis.recv(64)
        selected, reply = replies.split(b"\r\n")[:2]
        assert selected == b"+OK", selected
        return reply


def shared_cache_url() -> str:
    if os.environ.get("CACHE_URL", "").startswith("locmem://"):
        return "locmem://"  # a cache per process: the test must fail
    try:
        assert redis_command("PING") == b"+PONG"
    except (OSError, AssertionError):
        missing(f"Redis on {REDIS[0]}:{REDIS[1]}")
    assert redis_command("FLUSHDB") == b"+OK"
    return f"redis://{REDIS[0]}:{REDIS[1]}/{REDIS_DB}"


def nginx_configuration(folder: Path, values: dict) -> Path:
    """The README's configuration with its ${...} filled in, inside the few lines of a main
    configuration (what /etc/nginx/nginx.conf gives it) that keep nginx in ``folder``."""
    site = TEMPLATE.read_text()
    for name, value in values.items():
        site = site.replace("${" + name + "}", value)
    assert not re.search(r"\$\{[A-Z_]+\}", site), "a placeholder of the template is not filled"
    (folder / "tracker.conf").write_text(site)
    temp = "\n".join(f"    {kind}_temp_path {folder / kind};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    main = folder / "nginx.conf"
    main.write_text(
        ("user root;\n" if os.getuid() == 0 else "")
        + f"worker_processes 1;\npid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'};\n"
        f"daemon off;\nevents {{ worker_connections 512; }}\n"
        f"http {{\n    access_log off;\n{temp}\n    include {folder / 'tracker.conf'};\n}}\n")
    return main


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    certificate, key = folder / "tracker.pem", folder / "tracker.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-keyout", str(key), "-out", str(certificate)],
                   check=True, capture_output=True)
    return certificate, key


class Form(HTMLParser):
    """The fields of the form a page at ``path`` posts to itself (or of the one with
    ``form_id``), as a browser sends them: text, hidden and checked inputs, selected options,
    text areas. The header's forms (language, sign-out) post elsewhere."""

    def __init__(self, page: str, path: str, form_id: str | None = None):
        super().__init__()
        self.path, self.form_id = path, form_id
        self.inside, self.select, self.textarea = False, None, None
        self.fields: dict[str, str] = {}
        self.feed(page)

    def is_wanted(self, attrs: dict) -> bool:
        if self.form_id:
            return attrs.get("id") == self.form_id
        return attrs.get("method", "").lower() == "post" and attrs.get("action", "") in (
            "", self.path)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and self.is_wanted(attrs):
            self.inside = not self.fields
        if not self.inside or "name" not in attrs and tag != "option":
            return
        kind = attrs.get("type", "text")
        if tag == "input" and kind not in ("submit", "button", "file", "checkbox", "radio"):
            self.fields[attrs["name"]] = attrs.get("value") or ""
        elif tag == "input" and kind in ("checkbox", "radio") and "checked" in attrs:
            self.fields[attrs["name"]] = attrs.get("value") or "on"
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields[self.select] = attrs.get("value") or ""
        elif tag == "textarea":
            self.textarea = attrs["name"]
            self.fields[self.textarea] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


class Browser:
    """One browser's cookies, sending each request to one server as nginx would pass it on
    (``server(port)``), or to nginx itself (``through_nginx()``)."""

    def __init__(self, stack: "Stack"):
        self.stack = stack
        self.cookies: dict[str, str] = {}

    def request(self, port: int | None, method: str, path: str, fields: dict | None = None,
                headers: dict | None = None) -> tuple[int, dict, bytes]:
        """(status, headers, body); port None is nginx (HTTPS). A connection dropped or
        refused is status 0."""
        site = f"127.0.0.1:{self.stack.nginx_port}"
        sent = {"Host": site, **(headers or {})}
        if port is None:
            link = http.client.HTTPSConnection("127.0.0.1", self.stack.nginx_port, timeout=30,
                                               context=self.stack.tls)
        else:  # what nginx adds to each request it passes on
            link = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            sent.update({"X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1"})
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken":
                                           self.cookies.get("csrftoken", "")})
            sent.update({"Content-Type": "application/x-www-form-urlencoded",
                         "Referer": f"https://{site}{path}"})
        try:
            link.request(method, path, body=body, headers=sent)
            answer = link.getresponse()
            content = answer.read()
        except (OSError, http.client.HTTPException):
            return 0, {}, b""
        finally:
            link.close()
        for line in answer.headers.get_all("Set-Cookie") or ():
            for name, morsel in http.cookies.SimpleCookie(line).items():
                self.cookies[name] = morsel.value
        return answer.status, dict(answer.headers.items()), content

    def get(self, port, path, **headers) -> tuple[int, dict, bytes]:
        return self.request(port, "GET", path, headers=headers)

    def submit(self, port, path, changes: dict, form_id: str | None = None):
        """Open the page at ``path`` and send its form with ``changes``."""
        status, _headers, page = self.get(port, path)
        assert status == 200, (path, status)
        return self.request(port, "POST", path,
                            {**Form(page.decode(), path, form_id).fields, **changes})

    def sign_in(self, port, username: str, password: str) -> tuple[int, dict, bytes]:
        return self.submit(port, "/accounts/login/", {"username": username,
                                                      "password": password})


class Stack:
    """The processes, their ports and how to reach them."""

    def __init__(self):
        self.servers: dict[str, tuple[int, subprocess.Popen]] = {}
        self.processes: list[subprocess.Popen] = []
        self.nginx_port = free_port()
        self.tls = ssl.create_default_context()
        self.tls.check_hostname = False
        self.tls.verify_mode = ssl.CERT_NONE

    def port(self, name: str) -> int:
        return self.servers[name][0]

    def start(self, command: list[str], env: dict, log: Path) -> subprocess.Popen:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("w"),
                                   stderr=subprocess.STDOUT)
        self.processes.append(process)
        return process

    def ready(self):
        """Once every server and nginx answer (they start while the test's data load)."""
        for name in self.servers:
            self.wait_for(self.port(name), self.logs / f"server-{name}.log")
        self.wait_for(None, self.logs / "error.log")

    def wait_for(self, port: int | None, log: Path):
        browser = Browser(self)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if browser.get(port, "/healthz")[0] == 200:
                return
            time.sleep(0.2)
        pytest.fail(f"nothing answered on {port or 'nginx'}: " + log.read_text()[-3000:])

    def stop(self):
        """Quick shutdowns (SIGINT: gunicorn and nginx drop what they serve, the worker stops
        between tasks): what the test stops gracefully, it stops itself."""
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return (f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}")


@pytest.fixture
def stack():
    """Two gunicorn servers ("a", "b"), a worker and nginx, on the suite's test database,
    started (``Stack.ready`` waits for them)."""
    if not (Path(NGINX).exists() and shutil.which("openssl")):
        missing("nginx (make nginx-deps) or openssl")
    cache_url = shared_cache_url()
    folder = Path(tempfile.mkdtemp(prefix="two-servers-"))  # outside pytest's root-only tmp
    secret = folder / "secret"
    secret.write_text("two-servers-" + os.urandom(16).hex())
    running = Stack()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.ops.server_settings",
           "DATABASE_URL": database_url(), "CACHE_URL": cache_url,
           "SECRET_KEY_FILE": str(secret), "DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1",
           "BEHIND_TLS_PROXY": "1", "SECURE_SSL_REDIRECT": "1", "TRUSTED_PROXY_COUNT": "1",
           "SITE_URL": f"https://127.0.0.1:{running.nginx_port}",
           "WEB_CONCURRENCY": "1", "ACCESS_LOG": "", "LOG_LEVEL": "WARNING",
           "AXES_FAILURE_LIMIT": "3", "API_THROTTLE_RATE_VIEWER": "6/hour"}
    for name in ("SECRET_KEY", "REDIS_URL"):
        env.pop(name, None)
    try:
        for name in ("a", "b"):
            port = free_port()
            log = folder / f"server-{name}.log"
            process = running.start([sys.executable, "-m", "gunicorn", "--config",
                                     "config/gunicorn.py"],
                                    {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}, log)
            running.servers[name] = (port, process)
        running.start([sys.executable, "manage.py", "run_worker", "--clock", "0",
                       "--interval", "0.2"], env, folder / "worker.log")
        certificate, key = self_signed_certificate(folder)
        main = nginx_configuration(folder, {
            "APP_SERVER_1": f"127.0.0.1:{running.port('a')}",
            "APP_SERVER_2": f"127.0.0.1:{running.port('b')}",
            "LISTEN": f"127.0.0.1:{running.nginx_port}", "SERVER_NAME": "127.0.0.1",
            "TLS_CERTIFICATE": str(certificate), "TLS_KEY": str(key)})
        running.start([NGINX, "-p", str(folder), "-e", str(folder / "error.log"), "-c",
                       str(main)], env, folder / "nginx.log")
        running.logs, running.cache_url = folder, cache_url
        yield running
    finally:
        running.stop()
        for log in sorted(folder.glob("*.log")):  # shown by pytest when the test fails
            print(f"--- {log.name}\n{log.read_text(errors='replace')[-4000:]}")
        shutil.rmtree(folder, ignore_errors=True)


def a_password(user: User) -> str:
    """Give ``user`` a password hashed as the servers' settings hash it (the tests' own
    hasher, MD5, is not among them), with few rounds: it is checked a dozen times."""
    password = os.urandom(9).hex()
    user.password = PBKDF2PasswordHasher().encode(password, os.urandom(8).hex(), iterations=1000)
    user.save(update_fields=["password"])
    return password


@pytest.fixture
def survey():
    """The reference data (the Governments, letters and reports of A/56/167, no reply), two
    replies to the latest report's last letter; a Viewer and an Editor (with an
    authenticator app), each with a password. The tables are emptied first: this process may
    have committed the demo data for the tests before it (tests/conftest.py), whose replies
    would count beside these two."""
    call_command("flush", interactive=False, verbosity=0)
    call_command("loaddata", ROOT / "fixtures" / "reference.json", verbosity=0)
    report = Report.objects.get(slug="A-56-167")
    letter = report.letters.order_by("-sent_on").first()
    replies = [builders.reply(Government.objects.get(iso3=iso3), letter,
                              letter.sent_on + datetime.timedelta(days=30), Stance.IN_FAVOUR)
               for iso3 in ("FRA", "MEX")]
    viewer = User.objects.create_user("reader")
    viewer.groups.add(Group.objects.get(name="Viewers"))
    editor = User.objects.create_user("officer", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    authenticator(editor)
    return {"report": report, "replies": replies,
            "viewer": (viewer, a_password(viewer)), "editor": (editor, a_password(editor))}


def stances(browser: Browser, port: int, report) -> dict:
    status, _headers, body = browser.get(port, f"/api/reports/{report.slug}/summary/")
    assert status == 200, (status, body[:300])
    return json.loads(body)["stances"]


class StanceTable(HTMLParser):
    """The summary page's table of stances (``table-stances``) as {label: count}."""

    def __init__(self, page: str):
        super().__init__()
        self.inside, self.row, self.counts = False, [], {}
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.inside = dict(attrs).get("id") == "table-stances"
        elif tag == "tr":
            self.row = []

    def handle_data(self, data):
        if self.inside and data.strip():
            self.row.append(data.strip())

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False
        elif tag == "tr" and self.inside and len(self.row) == 3 and self.row[1].isdigit():
            self.counts[self.row[0]] = int(self.row[1])


def wait_for_the_worker(seconds: float = 15) -> int:
    """The data version, once the worker has marked its figures computed (core.figures)."""
    deadline = time.monotonic() + seconds
    while computed_version() < data_version():
        assert time.monotonic() < deadline, "the worker did not compute the figures in time"
        time.sleep(0.1)
    return computed_version()


def set_stance_behind_the_version(reply, stance: str):
    """Change a reply in the database without moving the data version (no trigger runs), so
    that a server computing figures of its own would show it, and one reading the shared
    cache would not."""
    version = data_version()
    with connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
        cursor.execute("UPDATE surveys_response SET stance = %s WHERE id = %s", [stance, reply.pk])
        cursor.execute("SET session_replication_role = DEFAULT")
    assert data_version() == version


def test_two_servers_share_sessions_lockouts_limits_the_cache_and_survive_a_stop(stack, survey):
    stack.ready()
    a, b = stack.port("a"), stack.port("b")
    report = survey["report"]
    editor, editor_password = survey["editor"]
    viewer, viewer_password = survey["viewer"]

    # A sign-in begun on one server (the password) ends on the other (the second factor).
    officer = Browser(stack)
    assert officer.sign_in(a, editor.username, editor_password)[0] == 302
    status, headers, _body = officer.get(b, "/admin/")
    assert status == 302 and "/accounts/two-factor/" in headers["Location"], status
    status, headers, _body = officer.submit(b, "/accounts/two-factor/code/",
                                            {"code": code_for(authenticator(editor))})
    assert status == 302, status
    assert officer.get(a, "/admin/")[0] == officer.get(b, "/admin/")[0] == 200

    # A reply changed through one server shows on the other at once (each read its figures
    # into the cache first).
    before = {"in_favour": 2, "reservations": 0, "partial_support": 0}
    after = {"in_favour": 1, "reservations": 1, "partial_support": 0}
    assert stances(officer, a, report) == stances(officer, b, report) == before
    reply = survey["replies"][1]
    status, headers, body = officer.submit(
        a, f"/admin/surveys/response/{reply.pk}/change/",
        {"stance": Stance.RESERVATIONS, "_save": "Save"}, form_id="response_form")
    assert status == 302, body.decode(errors="replace")[-2000:]
    assert stances(officer, b, report) == stances(officer, a, report) == after

    # The figures the worker recomputes after that change are what both servers then serve.
    # Once it has marked the version computed, the summary page it drew is in the shared cache
    # before any reader asks for it, and a reply changed behind the data version's back (which
    # a server computing its own figures would count) does not show.
    version = wait_for_the_worker()
    # the {% cache %} tag of templates/surveys/summary_detail.html names it with its quotes
    drawn = make_template_fragment_key('"summary-page"', [version, "en", report.pk])
    if stack.cache_url.startswith("redis://"):
        assert redis_command("EXISTS", f":1:{drawn}") == b":1", "the worker drew no summary page"
    set_stance_behind_the_version(survey["replies"][0], Stance.PARTIAL_SUPPORT)
    shown = {Stance(name).label: count for name, count in after.items()}
    for port in (a, b):
        status, _headers, page = officer.get(port, f"/reports/{report.slug}/summary/")
        assert status == 200, status
        assert b"figures-as-of" not in page, f"server {port} says its figures are being updated"
        counts = StanceTable(page.decode()).counts
        assert {label: counts.get(label, 0) for label in shown} == shown, (
            f"server {port} computed the figures itself")
    set_stance_behind_the_version(survey["replies"][0], Stance.IN_FAVOUR)

    # Wrong passwords on both servers add up to one lockout (AXES_FAILURE_LIMIT=3), on both.
    intruder = Browser(stack)
    wrong = [intruder.sign_in(port, viewer.username, "wrong")[0] for port in (a, b, a)]
    assert wrong == [200, 200, 429]  # the third reaches the limit
    for port in (b, a):
        status, _headers, page = intruder.sign_in(port, viewer.username, viewer_password)
        assert status == 429 and b"Sign-in paused" in page, status

    # The API's limit (6 an hour for a Viewer here) counts the requests made to both.
    api_user = User.objects.create_user("script")
    api_user.groups.add(Group.objects.get(name="Viewers"))
    from api.models import Token

    _token, key = Token.objects.issue(user=api_user, description="two servers")
    script = Browser(stack)
    answers = [script.get(port, "/api/letters/", Authorization=f"Token {key}")[0]
               for port in (a, b, a, b, a, b, a, b)]
    assert answers == [200] * 6 + [429, 429]

    # The summary PDF the worker makes is what both servers then serve: the shared cache's
    # copy. A reply is changed behind the data version's back (no trigger runs) first, so a
    # server that made its own PDF would show it.
    pdf_path = f"/reports/{report.slug}/summary.pdf"
    while datetime.datetime.now().second > 40:  # the PDF is cached per reader per minute
        time.sleep(1)
    download = Download.objects.create(path=pdf_path, requested_by=editor, language="en")
    make_download.enqueue(download.pk)
    deadline = time.monotonic() + 30
    while (Download.objects.get(pk=download.pk).status not in ("done", "failed")
           and time.monotonic() < deadline):
        time.sleep(0.1)
    download.refresh_from_db()
    assert download.status == "done", download.error
    made_by_the_worker = bytes(download.content)
    set_stance_behind_the_version(survey["replies"][0], Stance.PARTIAL_SUPPORT)
    for port in (a, b):
        status, headers, pdf = officer.get(port, pdf_path)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        assert pdf == made_by_the_worker, f"server {port} made a PDF of its own"
    Response.objects.filter(pk=survey["replies"][0].pk).update(stance=Stance.PARTIAL_SUPPORT)
    assert officer.get(a, pdf_path)[2] != made_by_the_worker  # a new version: a new PDF

    # SIGTERM to one server during a stream of GET requests through nginx: none is lost.
    answers, stop = [], threading.Event()

    def reads():
        browser = Browser(stack)
        browser.cookies = dict(officer.cookies)
        while not stop.is_set():
            for path in ("/healthz", f"/reports/{report.slug}/"):
                answers.append((time.monotonic(), path, browser.get(None, path)[0]))

    readers = [threading.Thread(target=reads) for _ in range(4)]
    for thread in readers:
        thread.start()
    time.sleep(1.5)
    stopped_at = time.monotonic()
    stack.servers["a"][1].send_signal(signal.SIGTERM)
    stack.servers["a"][1].wait(timeout=40)
    time.sleep(1.5)
    stop.set()
    for thread in readers:
        thread.join(timeout=30)
    assert sum(1 for when, _p, _s in answers if when > stopped_at) > 20
    assert [answer for answer in answers if answer[2] != 200] == []
