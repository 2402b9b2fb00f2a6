"""axe-core in a page: the violations that WCAG 2.1 AA cares most about (serious, critical).

The page must let the test's own script in (a context with bypass_csp, like the axe_page
fixture): axe is injected as an inline script, which the site's CSP refuses."""
from pathlib import Path

SERIOUS = ("serious", "critical")


def serious_violations(page, axe_path: Path) -> list[str]:
    page.add_script_tag(path=str(axe_path))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"] if v["impact"] in SERIOUS
    ]
