"""The breadcrumbs tag: every page's trail, from the dashboard down to the page."""
import pytest
from django.template import Context, Template, TemplateSyntaxError


class Record:
    def __str__(self):
        return "A/56/167"

    def get_absolute_url(self):
        return "/reports/a-56-167/"


def crumbs(arguments: str, **context) -> str:
    page = Template("{% load breadcrumbs %}{% breadcrumbs " + arguments + " %}")
    return " ".join(page.render(Context(context)).split())


def test_a_page_under_a_list_and_a_record_links_both_then_names_itself():
    trail = crumbs('"surveys:report_list" _("Reports") report report "Summary"', report=Record())
    assert ('<li><a href="/">Dashboard</a></li> <li><a href="/reports/">Reports</a></li> '
            '<li><a href="/reports/a-56-167/">A/56/167</a></li> '
            '<li aria-current="page">Summary</li>') in trail


def test_a_top_level_page_follows_the_dashboard():
    assert ('<li><a href="/">Dashboard</a></li> <li aria-current="page">Search</li>'
            in crumbs('"Search"'))


def test_the_dashboard_names_itself_without_a_link():
    trail = crumbs("")
    assert '<li aria-current="page">Dashboard</li>' in trail and "<a " not in trail


def test_a_label_without_its_address_is_refused():
    with pytest.raises(TemplateSyntaxError):
        crumbs('"Reports" "Summary"')
