"""The searchable Government filter in a real browser: suggestions under the site's CSP,
the choice filters the table, and axe finds nothing serious at both widths."""
import pytest

from surveys.models import Government
from tests.browser.axe import serious_violations
from tests.browser.test_browse import sign_in, signed_up  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_typing_a_name_suggests_governments_and_the_choice_filters(page, live_server,
                                                                   signed_up):  # noqa: F811
    sign_in(page, live_server.url, *signed_up)
    replied = Government.objects.filter(responses__isnull=False).order_by("name").first()
    page.goto(live_server.url + "/responses/")
    box = page.get_by_label("Government", exact=True)
    box.fill(replied.name[:4])
    option = page.locator(f'#id_government-choices option[value="{replied.iso3}"]')
    option.wait_for(state="attached")  # filled by static/js/autocomplete.js, CSP enforced
    assert replied.name in option.get_attribute("label")
    box.fill(replied.iso3)
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(f"**government={replied.iso3}**")
    names = set(page.locator("table.data-table tbody tr td:first-child").all_inner_texts())
    assert names == {replied.name}


@pytest.mark.parametrize(("width", "height"), [(1366, 900), (390, 844)])
def test_the_searchable_filters_pass_axe(axe_page, live_server, signed_up, axe_path,  # noqa: F811
                                         width, height):
    axe_page.set_viewport_size({"width": width, "height": height})
    sign_in(axe_page, live_server.url, *signed_up)
    for address in ("/responses/?government=Atlantis", "/organizations/activities/"):
        axe_page.goto(live_server.url + address)
        assert serious_violations(axe_page, axe_path) == [], (address, width)
