"""The regenerated summary in a real browser: each kind of sentence is visibly marked, the
legend explains them, and the page passes axe-core at a desktop and a phone size."""
import pytest

from tests.browser.test_browse import serious_violations, sign_in, signed_up  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIZES = [{"width": 1366, "height": 900}, {"width": 390, "height": 844}]


@pytest.mark.parametrize("size", SIZES, ids=["desktop", "phone"])
def test_the_summary_marks_its_quotations_and_passes_axe(axe_page, live_server, signed_up,  # noqa: F811
                                                          axe_path, size):
    page = axe_page
    page.set_viewport_size(size)
    sign_in(page, live_server.url, *signed_up)
    page.goto(live_server.url + "/reports/A-56-167/summary/")
    quotation = page.locator("#para-7 q.part-quoted")
    assert quotation.inner_text() == ("and discussed by the General Assembly at its "
                                      "fifty-second session.")
    marks = quotation.evaluate(
        "q => [getComputedStyle(q, '::before').content, getComputedStyle(q).fontStyle]")
    assert marks[0] not in ("none", "normal", '""') and marks[1] == "italic"
    context = page.locator("#para-6 .part-context").first
    assert "dotted" in context.evaluate("e => getComputedStyle(e).textDecorationStyle")
    assert page.locator(".summary-legend").is_visible()
    assert page.get_by_role("link", name="1", exact=True).get_attribute("href") == "#note-1"
    assert serious_violations(page, axe_path) == []
