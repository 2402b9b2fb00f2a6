"""Every export whose rows rest on illustrative replies says so, row by row, and the
Governments export's "Illustrative" flag means what its header says: a Government that never
replied rests on the illustrative replies too, since they decide who replied."""
import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from surveys.models import Response
from tests.test_published_figures import NEVER_REPLIED, NEVER_REPLIED_IN_AFRICA, RESPONDENTS

pytestmark = pytest.mark.django_db


def exported(client, url: str) -> list[dict]:
    content = client.get(url + "&_export=csv").getvalue().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(content)))


def test_the_non_respondents_export_marks_every_row_illustrative(viewer_client):
    url = reverse("surveys:non_respondents", args=["A-56-167"]) + "?region=Africa"
    rows = exported(viewer_client, url)
    assert len(rows) == NEVER_REPLIED_IN_AFRICA and {row["Illustrative"] for row in rows} == {"Yes"}
    sheet = openpyxl.load_workbook(io.BytesIO(
        viewer_client.get(url + "&_export=xlsx").content)).active
    header, *values = list(sheet.iter_rows(values_only=True))
    column = header.index("Illustrative")
    assert {row[column] for row in values} == {"Yes"}


def test_non_replying_governments_are_marked_illustrative_while_the_replies_are(viewer_client):
    url = reverse("surveys:government_list") + "?report=A-56-167&replied=no"
    rows = exported(viewer_client, url)
    assert len(rows) == NEVER_REPLIED and {row["Illustrative"] for row in rows} == {"Yes"}
    replied = exported(viewer_client, reverse("surveys:government_list")
                       + "?report=A-56-167&replied=yes")
    assert len(replied) == RESPONDENTS and {row["Illustrative"] for row in replied} == {"Yes"}


def test_with_real_replies_only_no_row_is_marked(viewer_client):
    Response.objects.update(is_illustrative=False)
    for url in (reverse("surveys:government_list") + "?report=A-56-167&replied=no",
                reverse("surveys:non_respondents", args=["A-56-167"]) + "?region=Africa"):
        rows = exported(viewer_client, url)
        assert rows and {row["Illustrative"] for row in rows} == {"No"}, url
        assert "Illustrative data." not in viewer_client.get(url).content.decode()


def test_a_government_s_own_illustrative_reply_marks_it_whatever_the_others(viewer_client):
    from surveys.models import Report

    one = Response.objects.counted_by(Report.objects.get(symbol="A/56/167")).first().government
    Response.objects.exclude(government=one).update(is_illustrative=False)
    rows = {row["Government"]: row["Illustrative"] for row in exported(
        viewer_client, reverse("surveys:government_list") + "?report=A-56-167&replied=yes")}
    assert rows.pop(one.name) == "Yes"
    assert set(rows.values()) == {"No"}
