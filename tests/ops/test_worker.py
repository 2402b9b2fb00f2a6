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

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite",
                                reason="runs once, in the SQLite pass of the suite")
MANAGE = Path(settings.BASE_DIR) / "manage.py"

QUEUE = """
from django.contrib.auth import get_user_model
from django.utils import timezone
from surveys.followup.batches import queue_emails, with_email
from surveys.models import Government, Letter
letter = Letter.objects.get(number=3)
officer = get_user_model().objects.create_user("worker-officer", password=None)
rows = Government.objects.awaiting_reply_to(letter, timezone.localdate()).select_related(
    "mission")
reachable, _ = with_email(rows)
print(queue_emails(letter, officer, reachable).pk)
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
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "loaddemo", "-v0")
    manage(env, "shell", "-c", QUEUE)
    queued = sum(statuses(database).values())
    assert queued == 149  # every non-respondent of the March 1999 letter has an address

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
    assert counts["sent"] == len(received)
    # A message the killed worker had handed to the server is "being sent": whether it
    # arrived is for a person to check; none is lost without a trace, none is sent again.
    assert counts["sent"] + counts["sending"] == queued and counts["sending"] <= 1
    with sqlite3.connect(database) as db:
        logged = db.execute("SELECT count(*) FROM surveys_followup WHERE kind = 'email' "
                            "AND message_id != ''").fetchone()[0]
        ids = {row[0] for row in db.execute("SELECT message_id FROM surveys_reminderemail "
                                            "WHERE status = 'sent'")}
    assert logged == counts["sent"]
    assert ids <= {message["Message-ID"] for message in server.messages}
