"""The table pages fit the screen they are read on, measured in Chromium by bounding boxes,
not only by whether the page scrolls sideways (a table scrolling in its own box passes that):

- at a laptop's 1366x768 the follow-up list shows, inside the window and without scrolling
  sideways, the Government, its language, the days since the letter, the reminders sent, the
  last contact, the next action and its due date, whether it is overdue, and the row's
  actions, on at least 12 rows of the first screen;
- at a phone's 390x844 each row is a card, and its actions are touch targets of 44x44 px;
- at both, every other table page's table fits its box, no word of any table is broken
  across lines (no column a letter wide), and axe-core finds no serious violation.

Screenshots go to $SCREENSHOT_DIR when it is set, to look at by eye.
"""
import datetime
import os

import pytest
from django.utils import timezone

from organizations.models import Organization
from surveys.models import ContactKind, FollowUp, Government, Letter, Report
from tests.browser.axe import serious_violations
from tests.browser.test_pages import editor, page_overflow, sign_in

__all__ = ["editor"]  # the fixture, shared with the crawl

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
TOUCH = 44
ROWS_ON_A_LAPTOP = 12
KEY_COLUMNS = ("Government", "Language", "Days since the letter", "Reminders sent",
               "Last contact", "Next action", "Next action due", "Overdue", "Actions")
LANGUAGES = {"English", "French", "Spanish"}
# Next actions as an officer writes them, the longest month in the dates: the widest rows.
NEXT_ACTIONS = (
    "Call the first secretary",
    "Ask the counsellor when the capital will send its reply to the Secretary-General",
    "Send the reminder by email to the new Permanent Representative",
)

# Every word of the tables' cells broken across two lines or wider than its cell; a word is
# what lies between spaces and dashes. Hidden text (a menu not open, a visually hidden
# suffix or header, one pixel wide) is skipped.
BROKEN_WORDS = """(selector) => {
  const broken = [];
  for (const cell of document.querySelectorAll(selector)) {
    const box = cell.getBoundingClientRect();
    if (box.width <= 1) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.visually-hidden')) continue;
      for (const word of node.textContent.matchAll(/[^\\s\\u2010-\\u2015-]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const rects = [...range.getClientRects()].filter(r => r.width > 0);
        const lines = new Set(rects.map(r => Math.round(r.bottom)));
        if (lines.size > 1 || rects.some(r => r.right > box.right + 1 || r.left < box.left - 1)) {
          broken.push(`${word[0]} (${Math.round(box.width)} px cell)`);
        }
      }
    }
  }
  return broken.slice(0, 10);
}"""

# The table of a table page against its scrolling box and the window.
TABLE_BOX = """() => {
  const table = document.querySelector('.table-cards table.data-table');
  const box = table.closest('.table-container');
  return {table: table.scrollWidth, box: box.clientWidth,
          scrolls: box.scrollWidth > box.clientWidth + 1,
          right: Math.round(table.getBoundingClientRect().right),
          window: document.documentElement.clientWidth};
}"""

HEADERS = """() => [...document.querySelectorAll('.table-cards .data-table thead th')].map(th => {
  const r = th.getBoundingClientRect();
  return {text: th.innerText.replace(/\\s+/g, ' ').replace(/[▲▼]/g, '').trim(),
          left: r.left, right: r.right, top: r.top, bottom: r.bottom};
})"""


def shot(page, name: str) -> None:
    if folder := os.environ.get("SCREENSHOT_DIR"):
        page.screenshot(path=f"{folder}/layout-{name}.png")


def box(locator) -> dict:
    found = locator.bounding_box()
    assert found, f"{locator} draws no box"
    return found


def inside_window(found: dict, size: dict) -> bool:
    return (found["x"] >= 0 and found["y"] >= 0 and found["x"] + found["width"] <= size["width"]
            and found["y"] + found["height"] <= size["height"])


def log_contacts(user, count: int = 10) -> None:
    """Contacts with next actions on the first rows of the latest letter's list."""
    letter = Letter.objects.order_by("-sent_on").first()
    today = timezone.localdate()
    awaiting = Government.objects.awaiting_reply_to(letter, today).order_by("name")[:count]
    for n, government in enumerate(awaiting):
        contacted = max(letter.sent_on, today - datetime.timedelta(days=70 + n))
        contact = FollowUp(government=government, letter=letter, officer=user,
                           contacted_on=contacted, kind=ContactKind.TELEPHONE,
                           next_action=NEXT_ACTIONS[n % len(NEXT_ACTIONS)],
                           next_action_on=contacted + datetime.timedelta(days=30 * (n % 3)))
        contact.full_clean()
        contact.save()


@pytest.fixture(autouse=True)
def plain_http_cookies(settings):
    # Cookies marked Secure would not be sent to the plain-http live server.
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False


def signed_in(browser, live_server, editor, viewport: dict):
    """A page of a window of that size, signed in as the Editor; axe-core may be injected."""
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, live_server.url, *editor)
    return context, page


def table_page_addresses() -> list[str]:
    report = Report.objects.order_by("-issued_on").first()
    return ["/follow-up/", "/governments/", "/responses/", "/letters/",
            f"/reports/{report.slug}/non-respondents/", "/organizations/activities/",
            "/rounds/compare/"]


def hand_made_table_addresses() -> list[str]:
    """Tables written in their own template (no cards): their words must not break either."""
    return ["/organizations/", "/reports/", Organization.objects.order_by("pk").first()
            .get_absolute_url()]


def test_the_follow_up_list_fits_a_laptop_screen(browser, live_server, editor,
                                                 django_user_model, axe_path):
    log_contacts(django_user_model.objects.get(username=editor[0]))
    context, page = signed_in(browser, live_server, editor, LAPTOP)
    page.goto(live_server.url + "/follow-up/")
    shot(page, "follow-up-1366")

    assert page_overflow(page) == 0
    table = page.evaluate(TABLE_BOX)
    assert not table["scrolls"] and table["right"] <= table["window"], table
    headers = {h["text"]: h for h in page.evaluate(HEADERS)}
    for name in KEY_COLUMNS:
        header = next((h for text, h in headers.items() if text.startswith(name)), None)
        assert header, f"no {name!r} column: {list(headers)}"
        assert 0 <= header["left"] and header["right"] <= LAPTOP["width"], (name, header)

    rows = page.locator("table.data-table tbody tr")
    on_screen = [n for n in range(rows.count())
                 if inside_window(box(rows.nth(n)), LAPTOP)]
    assert len(on_screen) >= ROWS_ON_A_LAPTOP, f"{len(on_screen)} rows on the first screen"
    for n in on_screen:
        row = rows.nth(n)
        assert inside_window(box(row.locator("td.actions button")), LAPTOP), n
        assert inside_window(box(row.locator("td[data-label='Next action due']")), LAPTOP), n
        assert row.locator("td[data-label='Language']").inner_text() in LANGUAGES, n
    longest = rows.filter(has_text=NEXT_ACTIONS[1]).first  # its first line only
    assert box(longest)["height"] <= box(rows.first)["height"] + 1

    # The last row on the screen opens its actions inside the window (upward, near its foot).
    last = rows.nth(on_screen[-1])
    last.get_by_role("button", name="Actions").click()
    for link in ("Record a reply", "Log a contact", "Reminder (PDF)"):
        assert inside_window(box(last.get_by_role("link", name=link)), LAPTOP), link
    shot(page, "follow-up-1366-menu")
    assert serious_violations(page, axe_path) == []
    page.keyboard.press("Escape")
    assert not last.get_by_role("link", name="Log a contact").is_visible()
    context.close()


def test_the_follow_up_list_is_cards_with_full_size_actions_on_a_phone(
        browser, live_server, editor, django_user_model, axe_path):
    log_contacts(django_user_model.objects.get(username=editor[0]), count=3)
    context, page = signed_in(browser, live_server, editor, PHONE)
    page.goto(live_server.url + "/follow-up/")
    page.locator("table.data-table tbody tr").first.evaluate("row => row.scrollIntoView()")
    shot(page, "follow-up-390")

    assert page_overflow(page) == 0
    table = page.evaluate(TABLE_BOX)
    assert not table["scrolls"] and table["right"] <= table["window"], table
    card = page.locator("table.data-table tbody tr").first
    assert box(card)["width"] <= PHONE["width"]
    assert "Language" in page.evaluate(
        "td => getComputedStyle(td, '::before').content",
        card.locator("td[data-label='Language']").element_handle())
    actions = page.locator("table.data-table td.actions a")
    assert actions.count() >= 3 * 25
    small = [(n, size) for n in range(actions.count())
             if (size := box(actions.nth(n)))["width"] < TOUCH or size["height"] < TOUCH
             or size["x"] < 0 or size["x"] + size["width"] > PHONE["width"]]
    assert small == []
    assert page.locator("table.data-table td.actions button").first.is_hidden()
    assert page.evaluate(BROKEN_WORDS, "table.data-table th, table.data-table td") == []
    assert serious_violations(page, axe_path) == []
    context.close()


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1366", "390"])
def test_every_table_page_fits_without_a_word_broken(browser, live_server, editor, viewport):
    """(axe checks these pages with every other kind of page: test_pages.py.)"""
    context, page = signed_in(browser, live_server, editor, viewport)
    problems = []
    width = viewport["width"]
    for address in table_page_addresses():
        page.goto(live_server.url + address)
        shot(page, "page-" + address.strip("/").replace("/", "-") + f"-{width}")
        table = page.evaluate(TABLE_BOX)
        if table["scrolls"] or table["right"] > table["window"]:
            problems.append(f"{address} at {width} px: the table scrolls in its box {table}")
        outside = [h["text"] for h in page.evaluate(HEADERS)
                   if h["right"] > width or h["left"] < 0]
        if outside:
            problems.append(f"{address} at {width} px: columns off the screen: {outside}")
        if width < LAPTOP["width"]:
            links = page.locator("table.data-table tbody a, .pagination a")
            low = [links.nth(n).inner_text() for n in range(links.count())
                   if box(links.nth(n))["height"] < TOUCH]
            if low:
                problems.append(f"{address} at {width} px: links under {TOUCH} px: {low[:5]}")
        if broken := page.evaluate(BROKEN_WORDS, "table.data-table th, table.data-table td"):
            problems.append(f"{address} at {width} px: words broken: {broken}")
    for address in hand_made_table_addresses():
        page.goto(live_server.url + address)
        if broken := page.evaluate(BROKEN_WORDS, "table th, table td"):
            problems.append(f"{address} at {width} px: words broken: {broken}")
    context.close()
    assert not problems, "\n".join(problems)
