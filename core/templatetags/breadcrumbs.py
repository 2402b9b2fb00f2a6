"""The breadcrumbs above every page's heading, built in this one place: a page names the pages
above it, this tag finds their addresses, and includes/breadcrumbs.html draws the trail."""
from django import template
from django.urls import reverse

register = template.Library()


def address_of(where) -> str:
    """A record's own address (get_absolute_url), or a URL name's."""
    return where.get_absolute_url() if hasattr(where, "get_absolute_url") else reverse(where)


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(*trail):
    """Dashboard › [grandparent] › [parent] › this page. ``trail``: for each page above this
    one, its address (a URL name or a record) and its label; then this page's name. Without
    arguments, the dashboard's own: "Dashboard" alone.

        {% breadcrumbs "surveys:report_list" _("Reports") report report.symbol _("Summary") %}
    """
    if not trail:
        return {"at_dashboard": True}
    *above, current = trail
    if len(above) not in (0, 2, 4):
        raise template.TemplateSyntaxError(
            "breadcrumbs takes up to two (address, label) pairs, then the page's name.")
    crumbs = {"current": current}
    if above:
        crumbs.update(parent_url=address_of(above[-2]), parent_label=above[-1])
    if len(above) == 4:
        crumbs.update(grandparent_url=address_of(above[0]), grandparent_label=above[1])
    return crumbs
