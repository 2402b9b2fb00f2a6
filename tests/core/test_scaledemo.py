"""manage.py scaledemo grows the loaded data N-fold with valid, illustrative records."""
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from organizations.models import Activity, Lesson, Organization
from surveys.models import Government, Letter, PolicyView, PublishedFigure, Report, Response
from surveys.summary.reconciliation import reconcile

pytestmark = pytest.mark.django_db
MODELS = (Government, Letter, Report, Response, PolicyView, PublishedFigure, Organization,
          Activity, Lesson)


class Rollback(Exception):
    pass


def grown(factor: int, seed: int) -> list[tuple]:
    """Who replied to which copied letter, how, after growing (then undone)."""
    try:
        with transaction.atomic():
            call_command("scaledemo", factor=factor, seed=seed, stdout=io.StringIO())
            rows = sorted(Response.objects.filter(letter__number__gt=3).values_list(
                "government__name", "letter__number", "stance", "received_on"))
            raise Rollback(rows)
    except Rollback as done:
        return done.args[0]


def test_the_records_are_factor_times_as_many_valid_and_marked_illustrative():
    before = {model: model.objects.count() for model in MODELS}
    out = io.StringIO()
    call_command("scaledemo", factor=3, seed=7, stdout=out)
    for model, n in before.items():
        assert model.objects.count() == 3 * n, model
    assert "illustrative" in out.getvalue()
    copies = Response.objects.filter(government__name__startswith="Illustrative ")
    assert copies.count() == 2 * before[Response] and not copies.filter(is_illustrative=False)
    assert Report.objects.filter(symbol__startswith="ILL/").count() == 2 * before[Report]
    for model in MODELS:
        for record in model.objects.order_by("-pk")[:150]:
            record.full_clean()
    assert Response.history.filter(id__in=copies.values("pk")).count() == copies.count()


def test_the_real_reports_still_reconcile():
    call_command("scaledemo", factor=3, seed=7, stdout=io.StringIO())
    real = Report.objects.exclude(symbol__startswith="ILL/")
    checks = [check for r in real for check in reconcile(report=r)]
    assert checks and not any(check.is_problem for check in checks)


def test_the_same_seed_grows_the_same_records_and_another_seed_others():
    assert grown(2, 1) == grown(2, 1)
    assert grown(2, 1) != grown(2, 2)


def test_a_grown_database_is_not_grown_twice_and_the_factor_is_checked():
    call_command("scaledemo", factor=2, stdout=io.StringIO())
    n = Response.objects.count()
    out = io.StringIO()
    call_command("scaledemo", factor=2, stdout=out)
    assert Response.objects.count() == n and "nothing added" in out.getvalue()
    with pytest.raises(CommandError, match="from 2 to 100"):
        call_command("scalesurveys", factor=1)
