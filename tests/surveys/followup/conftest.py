"""Builders of the follow-up tests: a small world of one letter, its recipients and missions."""
import datetime
import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone

from surveys.followup.wording import DEFAULT_TEMPLATES
from surveys.models import ContactKind, FollowUp, Language, PermanentMission, ReminderTemplate
from tests import builders


def mission(government, language=Language.ENGLISH, *, email="mission@example.org",
            illustrative=False) -> PermanentMission:
    record = PermanentMission(
        government=government, name=f"Permanent Mission of {government.name}",
        address="1 Avenue\nNew York", email=email, representative="A. Representative",
        representative_title="His Excellency", language=language,
        is_illustrative=illustrative)
    record.full_clean()
    record.save()
    return record


def contact(government, letter, officer, on, *, next_on=None, kind=ContactKind.NOTE_VERBALE):
    record = FollowUp(government=government, letter=letter, officer=officer, contacted_on=on,
                      kind=kind, next_action="Call the mission" if next_on else "",
                      next_action_on=next_on)
    record.full_clean()
    record.save()
    return record


def templates() -> None:
    for language, text in DEFAULT_TEMPLATES.items():
        ReminderTemplate.objects.create(language=language, **text)


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def world(empty_survey, today):
    """Letter 1, sent 60 days ago, to four Members (one French-speaking); a fifth Government
    joined after it. ``AAA`` has replied."""
    sent = today - datetime.timedelta(days=60)
    seats = {
        "AAA": builders.government("AAA", region="Europe", group="more developed"),
        "BBB": builders.government("BBB", region="Africa"),
        "CCC": builders.government("CCC", region="Africa"),
        "DDD": builders.government("DDD", region="Asia"),
        "LATE": builders.government("EEE", admitted=today - datetime.timedelta(days=10)),
    }
    for iso3 in ("AAA", "BBB", "CCC", "DDD"):
        builders.correspondence_names(
            seats[iso3], en=(f"the Republic of {iso3}", f"of the Republic of {iso3}"),
            fr=(f"la République de {iso3}", f"de la République de {iso3}"),
            es=(f"la República de {iso3}", f"de la República de {iso3}"))
    letter = builders.letter(1, sent)
    letter.purpose = "Views on convening a conference on international migration."
    letter.purpose_clause = "in which he sought views on convening a conference"
    letter.purpose_clause_fr = "par laquelle il sollicitait des vues sur une conférence"
    letter.purpose_clause_es = "en la que solicitaba opiniones sobre una conferencia"
    letter.save()
    letter.mandate.title_fr = "Migrations internationales et développement"
    letter.mandate.title_es = "Migración internacional y desarrollo"
    letter.mandate.save()
    builders.reply(seats["AAA"], letter, sent + datetime.timedelta(days=5))
    mission(seats["AAA"])
    mission(seats["BBB"], Language.FRENCH, email="bbb@example.org")
    mission(seats["CCC"], email="")
    templates()
    return {"letter": letter, **seats}


# A real SMTP server for the tests of email: aiosmtpd on a free port of 127.0.0.1.

class Received:
    """An SMTP server's handler that keeps each message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content,
                                                      policy=email.policy.default))
        return "250 Message accepted"


class Refusing:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return "550 5.7.1 Relaying refused"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    def start(handler):
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        started.append(controller)
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
        return handler
    started = []
    yield start
    for controller in started:
        controller.stop()
