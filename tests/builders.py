"""Plain functions that build small survey worlds, one record at a time, for the tests.

Every builder fills the fields the test does not care about, runs the model's ``full_clean()``
(so that a world the tests build is one the tracker accepts) and saves. The exception is
``reply(..., validate=False)``, which inserts a reply the way an import or a raw fix would,
bypassing the validation, to show how the counting treats records the forms would refuse.

Use them on an empty survey database (the ``empty_survey`` fixture of tests/surveys).
"""
from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterable

from core.dates import DatePrecision
from surveys.models import (
    Code,
    CorrespondenceName,
    Government,
    Letter,
    Measure,
    PublishedFigure,
    Report,
    Resolution,
    Response,
    Stance,
    Topic,
)

_serial = itertools.count(1)


def day(text: str) -> datetime.date:
    """'2000-05-01' as a date."""
    return datetime.date.fromisoformat(text)


# An M49 sub-region of each region, for seats whose sub-region a test does not care about.
SUB_REGION_OF = {"Africa": "Sub-Saharan Africa", "Americas": "Latin America and the Caribbean",
                 "Asia": "Southern Asia", "Europe": "Western Europe", "Oceania": "Melanesia"}


def government(
    iso3: str,
    admitted: datetime.date | str = "1945-10-24",
    left: datetime.date | str | None = None,
    *,
    region: str = "Africa",
    group: str = "less developed",
    name: str | None = None,
    sub_region: str | None = None,
) -> Government:
    """A Member State seat, admitted on ``admitted`` and counted until ``left`` (or still)."""
    seat = Government(
        iso3=iso3, m49=f"{next(_serial) % 1000:03d}", name=name or f"Republic of {iso3}",
        admitted_on=_date(admitted), left_on=_date(left), region=region,
        sub_region=sub_region or SUB_REGION_OF[region], development_group=group,
    )
    seat.full_clean()
    seat.save()
    return seat


def resolution(
    symbol: str | None = None, adopted: datetime.date | str = "1990-01-01"
) -> Resolution:
    """A General Assembly resolution to mandate letters and reports."""
    mandate = Resolution(
        symbol=symbol or f"{next(_serial)}/100", adopted_on=_date(adopted),
        title="International migration and development", paragraph=1,
    )
    mandate.full_clean()
    mandate.save()
    return mandate


def correspondence_names(seat: Government, **names: tuple[str, str]) -> None:
    """The seat's names in correspondence: ``fr=("la République de X", "de la République de
    X")``, one keyword a language."""
    for language, (short_name, of_name) in names.items():
        name = CorrespondenceName(government=seat, language=language, short_name=short_name,
                                  of_name=of_name)
        name.full_clean()
        name.save()


def _a_mandate() -> Resolution:
    return Resolution.objects.order_by("pk").first() or resolution()


def letter(number: int, sent: datetime.date | str, *, mandate: Resolution | None = None) -> Letter:
    """Letter ``number``, sent on ``sent`` (known to the day)."""
    sent_letter = Letter(
        number=number, sent_on=_date(sent), sent_precision=DatePrecision.DAY,
        mandate=mandate or _a_mandate(), paragraph=5,
    )
    sent_letter.full_clean()
    sent_letter.save()
    return sent_letter


def report(
    symbol: str,
    issued: datetime.date | str,
    letters: Iterable[Letter],
    cutoff: datetime.date | str,
    denominator_on: datetime.date | str | None = None,
    denominator: int | None = None,
    *,
    mandate: Resolution | None = None,
) -> Report:
    """A report counting ``letters`` by ``cutoff``; its slug is filled in from the symbol.

    ``denominator_on`` defaults to the cutoff and ``denominator`` to the number of Members on
    that date, as the tracker's records say it.
    """
    denominator_on = _date(denominator_on) if denominator_on is not None else _date(cutoff)
    if denominator is None:
        denominator = Government.objects.members_on(denominator_on).count()
    counted = Report(
        symbol=symbol, title=f"Report {symbol}", issued_on=_date(issued),
        mandate=mandate or _a_mandate(), cutoff_on=_date(cutoff), denominator=denominator,
        denominator_on=denominator_on, paragraph=1,
    )
    counted.full_clean()
    counted.save()
    counted.letters.set(list(letters))
    return counted


def reply(
    of: Government,
    to: Letter,
    received: datetime.date | str,
    stance: str = Stance.IN_FAVOUR,
    *,
    codes: Iterable[Code] = (),
    illustrative: bool = False,
    validate: bool = True,
) -> Response:
    """``of``'s reply to letter ``to``, received on ``received``.

    With ``validate=False`` the reply is inserted with ``bulk_create``, skipping the model's
    rules (a reply received before its letter was sent, from a non-recipient, ...).
    """
    response = Response(
        government=of, letter=to, received_on=_date(received), stance=stance,
        is_illustrative=illustrative,
    )
    if validate:
        response.full_clean()
        response.save()
    else:
        [response] = Response.objects.bulk_create([response])
        if response.pk is None:  # backends that do not return the new key
            response = Response.objects.get(government=of, letter=to)
    if codes:
        response.codes.set(list(codes))
    return response


def topic(slug: str, counted_within: str = Stance.IN_FAVOUR, *, order: int = 0) -> Topic:
    """A question of the codebook, counted among the Governments of ``counted_within``."""
    question = Topic(slug=slug, name=slug.replace("-", " ").capitalize(),
                     counted_within=counted_within, paragraph=10, order=order)
    question.full_clean()
    question.save()
    return question


def code(of: Topic, slug: str, *, order: int = 0) -> Code:
    """One coded view of topic ``of``."""
    view = Code(topic=of, slug=slug, label=slug.replace("-", " "), paragraph=of.paragraph,
                order=order)
    view.full_clean()
    view.save()
    return view


def published_figure(
    of: Report, key: str, measure: str, value: int | None = None, wording: str = "", **about
) -> PublishedFigure:
    """A figure ``of`` states (in its own text), for ``measure`` of ``about`` (stance=...)."""
    figure = PublishedFigure(
        report=of, stated_in=of, paragraph=9, key=key, label=key.replace("-", " "),
        measure=Measure(measure), value=value, wording=wording, **about,
    )
    figure.full_clean()
    figure.save()
    return figure


def _date(value: datetime.date | str | None) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return day(value)
