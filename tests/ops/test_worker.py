"""Real workers (``manage.py run_worker``, separate processes) email the reminders of the
March 1999 letter's non-respondents to a real SMTP server (aiosmtpd, started here), on a
database of their own (an SQLite file): one is killed with SIGKILL mid-batch, another takes
over, and no mission gets the same message twice. It runs once, in the SQLite pass of the
suite (it needs no PostgreSQL, and the PostgreSQL pass has the same code)."""
import email
import email.policy
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection

from tests.surveys.followup.conftest import free_port

pytestmark = [
    pytest.mark.skipif(connection.vendor != "sqlite",
                       reason="runs once, in the SQLite pass of the suite"),
    pytest.mark.demo, pytest.mark.django_db,
]
MANAGE = Path(settings.BASE_DIR) / "manage.py"

# An Editor emails the reminders from the follow-up list, through its confirmation page.
QUEUE = """
import time
from django.test.utils import setup_test_environment
setup_test_environment()  # the pages' context, for reading what they listed
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from tests.second_factor import verified
officer = get_user_model().objects.create_user("worker-officer", password=None,
                                               is_staff=True)
officer.groups.add(Group.objects.get(name="Editors"))
client = Client(SERVER_NAME="localhost")
client.force_login(officer)
verified(client, officer)  # past the second factor, as an Editor must be
page = client.get("/follow-up/reminders/email/?letter=3")
iso3s = [g.iso3 for g in page.context["due"]]
print("listed", len(page.context["rows"]), len(iso3s))
started = time.monotonic()
sent = client.post("/follow-up/reminders/email/?letter=3", {"governments": iso3s})
print("answered", sent.status_code, sent["Location"], round(time.monotonic() - started, 1))
"""
PROGRESS = """
from django.contrib.auth import get_user_model
from django.test import Client
from surveys.models import ContactBatch
from tests.second_factor import verified
client = Client(SERVER_NAME="localhost")
officer = get_user_model().objects.get(username="worker-officer")
client.force_login(officer)
verified(client, officer)
batch = ContactBatch.objects.get()
print(client.get(f"/follow-up/batches/{batch.pk}/progress/").json())
"""


class Received:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content,
                                                      policy=email.policy.default))
        return "250 Message accepted"


@pytest.fixture
def smtp():
    handler = Received()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield handler, controller.port
    controller.stop()


def manage(env, *args, **kwargs):
    return subprocess.run([sys.executable, str(MANAGE), *args], env=env, check=True,
                          capture_output=True, text=True, timeout=600, **kwargs)


def statuses(database: Path) -> Counter:
    with sqlite3.connect(database) as db:
        return Counter(dict(db.execute(
            "SELECT status, count(*) FROM surveys_reminderemail GROUP BY status")))


def test_a_worker_killed_mid_batch_is_replaced_and_no_mission_gets_a_message_twice(
        tmp_path, smtp):
    server, port = smtp
    database = tmp_path / "worker.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DEBUG": "1",
           "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
           "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(port), "EMAIL_USE_TLS": "0",
           "LOG_LEVEL": "WARNING"}
    # The suite's own database, migrated and the demo loaded (tests/conftest.py), copied to
    # the file: what `migrate` then `loaddemo` would make there, without making it again.
    connection.ensure_connection()
    with sqlite3.connect(database) as copy:
        connection.connection.backup(copy)
    copy.close()
    output = manage(env, "shell", "-c", QUEUE).stdout
    said = [word for line in output.splitlines() if line.startswith(("listed", "answered"))
            for word in line.split()]
    # The confirmation page listed the 149 recipients without a reply, each with an
    # address; the request queued them and answered without sending any.
    assert said[:3] == ["listed", "149", "149"]
    assert said[3:5] == ["answered", "302"] and said[5].startswith("/follow-up/batches/")
    assert server.messages == []
    queued = sum(statuses(database).values())
    assert queued == 149

    first = subprocess.Popen([sys.executable, str(MANAGE), "run_worker", "--clock", "0",
                              "--interval", "0.2"], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while len(server.messages) < 30 and time.monotonic() < deadline:
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    killed_after = len(server.messages)
    assert 30 <= killed_after < queued, "the first worker must be killed mid-batch"

    manage(env, "run_worker", "--batch", "--clock", "0", "--interval", "0.2")

    received = Counter(message["To"] for message in server.messages)
    assert max(received.values()) == 1  # no mission got the same message twice
    counts = statuses(database)
    # A message the killed worker had handed to the server is left "being sent", with its
    # Message-ID: whether it arrived is for a person to check in the mail server's log; it
    # is never sent again by itself, and none is lost without a trace.
    assert counts["sent"] + counts["sending"] == queued and counts["sending"] <= 1
    with sqlite3.connect(database) as db:
        logged = db.execute("SELECT count(*) FROM surveys_followup WHERE kind = 'email' "
                            "AND message_id != ''").fetchone()[0]
        sent_ids = {row[0] for row in db.execute(
            "SELECT message_id FROM surveys_reminderemail WHERE status = 'sent'")}
        pending_ids = {row[0] for row in db.execute(
            "SELECT message_id FROM surveys_reminderemail WHERE status = 'sending'")}
    arrived = {message["Message-ID"] for message in server.messages}
    assert logged == counts["sent"] == len(sent_ids)
    assert sent_ids <= arrived and arrived - sent_ids <= pending_ids
    progress = manage(env, "shell", "-c", PROGRESS).stdout
    assert f"'sent': {counts['sent']}" in progress and "'total': 149" in progress
