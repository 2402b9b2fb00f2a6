"""Comparing rounds: who changed stance first, every other movement after it, and each count
equal to the rows its link lists and exports (the page as a reader sees it, parsed)."""
import re
from html.parser import HTMLParser

import pytest
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from surveys.models import Government, Letter, Response, Stance
from surveys.rounds.comparison import Movement, compared, comparison
from surveys.rounds.sides import side_of
from tests import builders

pytestmark = pytest.mark.django_db

LETTERS_2_3 = {"first": "letter-2", "second": "letter-3"}
REPORTS = {"first": "report-A-52-314", "second": "report-A-56-167"}
IN_ORDER_OF_MEANING = ["Stance changed", "New reply", "Same stance again",
                       "No new reply (1997 view stands)", "No reply to either"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Element:
    def __init__(self, tag, attrs, within):
        self.tag, self.attrs = tag, dict(attrs)
        self.classes = set((self.attrs.get("class") or "").split())
        self.within = within  # the ids and classes of the elements it is in, and its own
        self.pieces = []

    @property
    def text(self) -> str:
        return " ".join("".join(self.pieces).split())


class Page(HTMLParser):
    """The elements of a page in their order, each with the text a reader sees in it."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements, self.open = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        outer = self.open[-1].within if self.open else frozenset()
        element = Element(tag, attrs, outer)
        element.within = outer | element.classes | {element.attrs.get("id")}
        self.elements.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_endtag(self, tag):
        while self.open and self.open.pop().tag != tag:
            pass

    def handle_data(self, data):
        for element in self.open:
            element.pieces.append(data)

    def find(self, tag=None, within=None) -> list[Element]:
        return [e for e in self.elements if (tag is None or e.tag == tag)
                and (within is None or within in e.within)]

    def text(self) -> str:
        return " ".join(e.text for e in self.find("main"))


def url(**params) -> str:
    return reverse("surveys:round_comparison") + "?" + urlencode(params)


def page(client, params, **headers) -> Page:
    answer = client.get(url(**params), **headers)
    assert answer.status_code == 200
    return Page(answer.content.decode())


def counts_shown(shown: Page) -> dict[str, list[tuple[str, int, str]]]:
    """(what, count, link) of each count the page shows: of each movement (who changed
    stance, then the others), of each movement's stances, and of each bar of the chart."""
    [changed] = shown.find("p", within="changed-count")
    links = [a for a in shown.find("a", within="round-changes") if "movement-rows" in a.classes]
    others = shown.find("a", within="movements")
    if not links:  # no link to no rows
        assert changed.text.startswith("No Government changed stance"), changed.text
    return {
        "movements": [("changed", int(re.match(r"\d+", changed.text).group()),
                       link.attrs["href"]) for link in links] + [
            (a.text, int(a.text), a.attrs["href"]) for a in others if "movement-rows" in a.classes],
        "stances": [(a.text, int(a.text.rsplit(":", 1)[1]), a.attrs["href"])
                    for a in others if "flow-rows" in a.classes],
        "bars": [(a.text, int(a.text), a.attrs["href"])
                 for a in shown.find("a", within="chart-movements")],
    }


def reply_stances(letter: Letter) -> dict[str, str]:
    """Each Government's stance in its reply to ``letter``, read row by row."""
    return {r.government.name: r.stance
            for r in Response.objects.filter(letter=letter).select_related("government")}


def test_the_page_leads_with_who_changed_stance_between_1997_and_1999(viewer_client, listed):
    before, after = reply_stances(Letter.objects.get(number=2)), reply_stances(
        Letter.objects.get(number=3))
    changed = sorted(name for name in before.keys() & after.keys()
                     if before[name] != after[name])
    assert changed, "the demo data change some stances between 1997 and 1999"

    shown = page(viewer_client, LETTERS_2_3)
    text = shown.text()
    assert text.index("Who changed stance") < text.index("The other movements")
    assert (f"{len(changed)} Governments changed stance between the Letter of April 1997 and "
            "the Letter of March 1999:") in text
    names = shown.find("a", within="changed-governments")
    assert [a.text for a in names] == changed
    for a in names:
        assert a.attrs["href"] == Government.objects.get(name=a.text).get_absolute_url()
    exported = listed.csv(url(**LETTERS_2_3, movement="changed"))
    assert sorted(r["Government"] for r in exported) == changed
    assert {r["Illustrative"] for r in exported} == {"Yes"}


def test_a_government_that_did_not_reply_again_keeps_its_1997_view(viewer_client, listed):
    before, after = reply_stances(Letter.objects.get(number=2)), reply_stances(
        Letter.objects.get(number=3))

    text = page(viewer_client, LETTERS_2_3).text()
    rows = listed.csv(url(**LETTERS_2_3, movement="stopped"))

    assert "No new reply (1997 view stands)" in text
    assert "→ No reply" not in text
    assert sorted(r["Government"] for r in rows) == sorted(before.keys() - after.keys())
    assert {r["Movement"] for r in rows} == {"No new reply (1997 view stands)"}
    new = listed.csv(url(**LETTERS_2_3, movement="new_reply"))
    assert sorted(r["Government"] for r in new) == sorted(after.keys() - before.keys())


@pytest.mark.parametrize("sides", [LETTERS_2_3, REPORTS], ids=["letters", "reports"])
def test_each_count_shown_lists_and_exports_that_many_rows(viewer_client, listed, sides):
    shown = counts_shown(page(viewer_client, sides))

    movements = [count for _what, count, _href in shown["movements"]]
    assert len(movements) == 5 and shown["stances"]
    assert [count for _what, count, _href in shown["bars"]] == movements
    assert sum(movements) == listed.count(url(**sides))
    for what, count, href in shown["movements"] + shown["stances"]:
        assert listed.count(href) == count, what
        assert len(listed.csv(href)) == count, what


def test_the_chart_puts_movements_in_the_order_of_meaning_not_of_size(viewer_client):
    shown = page(viewer_client, LETTERS_2_3)

    labels = [e.text for e in shown.find("th", within="chart-movements")[2:]]
    bars = [rect.attrs["fill"] for rect in shown.find("rect", within="chart-movements")]
    swatches = [rect.attrs["fill"] for rect in shown.find("rect", within="swatch")]
    counts = [int(a.text) for a in shown.find("a", within="chart-movements")]
    assert labels == IN_ORDER_OF_MEANING
    assert counts != sorted(counts, reverse=True), "the demo data are not already in order"
    assert len(set(bars)) == 5
    assert swatches == bars  # each movement's legend has its bars' colour


@pytest.mark.parametrize("sort", [{}, {"sort": "movement"}], ids=["default", "movement"])
def test_the_table_lists_the_movements_in_the_order_of_meaning(listed, sort):
    rows = listed.csv(url(**LETTERS_2_3, **sort))

    ranks = [IN_ORDER_OF_MEANING.index(r["Movement"]) for r in rows]
    assert ranks == sorted(ranks)
    assert ranks[0] == 0 and ranks[-1] == 4
    changed = [r["Government"] for r in rows if r["Movement"] == "Stance changed"]
    assert changed == sorted(changed)


def test_the_french_page_says_the_1997_view_stands(viewer_client):
    with translation.override("fr"):
        if translation.gettext("Who changed stance") == "Who changed stance":
            pytest.skip("the comparison's French is not yet merged into the catalog")
    text = page(viewer_client, LETTERS_2_3, HTTP_ACCEPT_LANGUAGE="fr").text()

    assert text.index("Qui a changé de position") < text.index("Les autres évolutions")
    assert ("gouvernements ont changé de position entre « Lettre d'avril 1997 » et « Lettre "
            "de mars 1999 » :") in text
    assert "Pas de nouvelle réponse (position de 1997 toujours valable)" in text


def test_every_movement_of_a_small_world_in_the_order_of_meaning(empty_survey):
    first, second = builders.letter(1, "1997-04-01"), builders.letter(2, "1999-03-01")
    stances = {"AAA": ("in_favour", "reservations"), "BBB": (None, "in_favour"),
               "CCC": ("reservations", "reservations"), "DDD": ("in_favour", None),
               "EEE": (None, None)}
    for iso3, replies in stances.items():
        seat = builders.government(iso3)
        for letter, stance in zip((first, second), replies, strict=True):
            if stance:
                builders.reply(seat, letter, letter.sent_on.replace(day=20), stance)

    summary = comparison(first=side_of("letter-1"), second=side_of("letter-2"))

    assert [(m.movement, m.count) for m in summary.movements] == [
        (movement, 1) for movement in Movement]
    assert [m.label for m in summary.movements] == IN_ORDER_OF_MEANING
    assert [(c.government.iso3, c.first_label, c.second_label) for c in summary.changed] == [
        ("AAA", "In favour", "Reservations")]


def test_a_report_side_uses_the_latest_reply_it_counted(empty_survey):
    seat, silent = builders.government("AAA"), builders.government("BBB")
    first, second = builders.letter(1, "1995-02-01"), builders.letter(2, "1997-04-01")
    builders.reply(seat, first, "1995-03-01", "reservations")
    builders.reply(seat, second, "1997-05-01", "in_favour")
    builders.reply(silent, first, "1995-03-01", "in_favour")
    builders.report("A/1", "1995-06-01", [first], "1995-05-31")
    builders.report("A/2", "1997-08-01", [first, second], "1997-07-31")
    builders.report("A/3", "1997-09-01", [second], "1997-07-31")

    rows = {row.iso3: row for row in compared(side_of("report-A-1"), side_of("report-A-2"))}
    only_1997 = comparison(first=side_of("report-A-1"), second=side_of("report-A-3"))

    assert (rows["AAA"].stance_first, rows["AAA"].stance_second, rows["AAA"].movement) == (
        "reservations", "in_favour", Movement.CHANGED)
    assert rows["BBB"].movement == Movement.UNCHANGED
    assert [(m.label, m.count) for m in only_1997.movements][3] == (
        "No new reply (A/1 view stands)", 1)


def test_the_same_round_twice_says_so(viewer_client):
    answer = viewer_client.get(url(first="letter-3", second="letter-3"))

    assert "Choose two different letters or reports" in answer.content.decode()


def test_the_default_is_the_last_two_letters(viewer_client):
    answer = viewer_client.get(reverse("surveys:round_comparison"))

    assert answer.status_code == 200
    assert "From the Letter of April 1997 to the Letter of March 1999" in answer.content.decode()


def test_a_new_round_compares_with_the_last(listed):
    builders.letter(4, "2003-03-01", mandate=Letter.objects.first().mandate)

    rows = listed.csv(url(first="letter-3", second="letter-4", movement="stopped"))

    assert len(rows) == Response.objects.filter(letter__number=3).count()
    assert {r["Movement"] for r in rows} == {"No new reply (1999 view stands)"}
    assert Government.objects.recipients_of(Letter.objects.get(number=4)).count() == 191


def test_a_change_of_stance_shows_at_once_above_the_table_kept_in_the_cache(viewer_client,
                                                                             listed):
    """The part above the table is kept rendered in the shared cache under the data version:
    a reply changed since shows on the next request, and the table's export agrees."""
    before = counts_shown(page(viewer_client, LETTERS_2_3))["movements"][0][1]
    first, second = (Letter.objects.get(number=n) for n in (2, 3))
    earlier = Response.objects.filter(letter=first, government=OuterRef("government"))
    same = Response.objects.filter(letter=second, stance=Subquery(
        earlier.order_by().values("stance")[:1])).first()
    same.stance = next(s for s, _label in Stance.choices if s != same.stance)
    same.save()
    after = counts_shown(page(viewer_client, LETTERS_2_3))["movements"][0][1]
    assert after == before + 1
    assert len(listed.csv(url(**LETTERS_2_3, movement="changed"))) == after
