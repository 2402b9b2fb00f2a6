"""axe-core in a page: the violations that WCAG 2.1 AA cares most about (serious, critical).

The page must let the test's own script in (a context with bypass_csp, like the axe_page
fixture): axe is injected as an inline script, which the site's CSP refuses."""
from pathlib import Path

SERIOUS = ("serious", "critical")


def axe_in_every_page(context, axe_path: Path) -> None:
    """axe-core in every page the context opens, run by the browser before the page's own
    scripts (they never call it). The browser keeps the 650 kB script and so reads it once,
    where injecting it into each page sent it over again each time: a sixth of a second a
    page, a fifth of the time of a crawl that checks forty pages."""
    context.add_init_script(path=str(axe_path))


def serious_violations(page, axe_path: Path) -> list[str]:
    if not page.evaluate("() => typeof window.axe?.run === 'function'"):
        page.add_script_tag(path=str(axe_path))  # a context without axe_in_every_page
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"] if v["impact"] in SERIOUS
    ]
