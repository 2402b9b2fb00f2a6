"""The pages in French, in a real browser: an Editor chooses "Français" in the header, and the
pages whose French is longest or most varied (the tables, the summary with its English
originals, the follow-up, the admin's reply form) still fit a laptop's and a phone's width
and pass axe-core, with ``<html lang="fr">`` and the English passages marked ``lang="en"``.

The English crawl of every page kind is tests/browser/test_pages.py; this one repeats only
what French changes, once.
"""
import pytest

from surveys.models import Report, Response
from tests.browser.axe import axe_in_every_page, serious_violations
from tests.browser.test_pages import WIDTHS, editor, page_overflow, sign_in

__all__ = ["editor"]  # the fixture, shared with the English crawl

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def french_addresses() -> list[str]:
    report = Report.objects.order_by("-issued_on").first()
    response = Response.objects.order_by("pk").first()
    return [
        "/", "/governments/", "/responses/", "/letters/", "/follow-up/",
        f"/reports/{report.slug}/summary/", f"/reports/{report.slug}/reconciliation/",
        "/organizations/", "/organizations/inventory/", "/help/",
        "/admin/surveys/response/add/", f"/admin/surveys/response/{response.pk}/change/",
    ]


def test_the_french_pages_fit_and_pass_axe(browser, axe_path, live_server, editor, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    problems = []
    width, height = WIDTHS["laptop"]
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
    axe_in_every_page(context, axe_path)
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, live_server.url, *editor)
    page.get_by_role("button", name="Français").click()
    page.get_by_role("heading", name="Tableau de bord", level=1).wait_for()
    for name in ("laptop", "phone"):
        width, height = WIDTHS[name]
        page.set_viewport_size({"width": width, "height": height})
        for address in french_addresses():
            page.goto(live_server.url + address)
            if page.evaluate("() => document.documentElement.lang") != "fr":
                problems.append(f"{address} at {width} px: not lang=fr")
            if (wider := page_overflow(page)) > 0:
                problems.append(f"{address} at {width} px: {wider} px too wide")
            problems += [f"{address} at {width} px: {v}"
                         for v in serious_violations(page, axe_path)]
    context.close()
    assert not problems, "\n".join(problems)
