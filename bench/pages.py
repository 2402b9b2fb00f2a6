"""The addresses the benchmark measures: every page kind, export and the PDF, the floor
(a bare signed-in view) and the peer (the admin's changelist of responses).

``pages()`` needs Django set up; each entry is (name, kind, path, cached) where ``cached``
says whether the page keeps its work in the shared cache (core.dataversion).
"""
REPORT = "A-56-167"


def pages() -> list[tuple[str, str, str, bool]]:
    """Every address, less those named in BENCH_SKIP (comma-separated); only those named in
    BENCH_ONLY (separated by ";") and the floor and the peer when it is set."""
    import os

    skipped = {name.strip() for name in os.environ.get("BENCH_SKIP", "").split(",")}
    only = {name.strip() for name in os.environ.get("BENCH_ONLY", "").split(";") if name.strip()}
    return [page for page in _pages() if page[0] not in skipped
            and (not only or page[0] in only or page[1] in ("floor", "peer"))]


def after_a_change() -> list[tuple[str, str]]:
    """The pages whose first request after a change the benchmark times, once a worker has
    computed the change's figures (core.figures): the heaviest, as (name, path)."""
    from surveys.models import Report

    latest = Report.objects.order_by("-issued_on").first()
    return [("dashboard", "/"), ("latest report's summary", f"/reports/{latest.slug}/summary/"),
            ("reconciliation of all reports", "/reports/reconciliation/")]


def _pages() -> list[tuple[str, str, str, bool]]:
    from organizations.models import Organization
    from surveys.models import Government, Letter, Response

    government = Government.objects.filter(responses__isnull=False).order_by("pk").first()
    letter = Letter.objects.order_by("pk").first()
    reply = Response.objects.order_by("pk").first()
    organization = Organization.objects.order_by("pk").first()
    return [
        ("floor: bare signed-in view", "floor", "/healthz/signed-in", False),
        ("peer: admin changelist of responses", "peer", "/admin/surveys/response/", False),
        ("dashboard", "page", "/", True),
        ("governments", "list", "/governments/", False),
        ("governments, a report's new respondents", "list",
         f"/governments/?report={REPORT}&new=yes&replied=yes", False),
        ("responses", "list", "/responses/", False),
        ("responses, latest of a report on a topic", "list",
         f"/responses/?report={REPORT}&topic=nature", False),
        ("letters", "list", "/letters/", False),
        ("reports", "list", "/reports/", False),
        ("non-respondents", "list", f"/reports/{REPORT}/non-respondents/", False),
        ("activities", "list", "/organizations/activities/", False),
        ("organizations", "list", "/organizations/", False),
        ("lessons", "list", "/organizations/lessons/", False),
        ("instruments", "list", "/organizations/instruments/", False),
        ("inventory (print)", "page", "/organizations/inventory/", False),
        ("follow-up list", "list", "/follow-up/", False),
        ("round comparison", "list", "/rounds/compare/?first=letter-2&second=letter-3", False),
        ("report", "page", f"/reports/{REPORT}/", True),
        ("summary", "page", f"/reports/{REPORT}/summary/", True),
        ("reconciliation of a report", "page", f"/reports/{REPORT}/reconciliation/", True),
        ("reconciliation of all reports", "page", "/reports/reconciliation/", True),
        ("government", "detail", government.get_absolute_url(), False),
        ("letter", "detail", letter.get_absolute_url(), False),
        ("response", "detail", reply.get_absolute_url(), False),
        ("organization", "detail", organization.get_absolute_url(), False),
        ("government suggestions", "api", "/governments/choices/?q=an", False),
        ("API: responses", "api", "/api/responses/", False),
        ("API: summary", "api", f"/api/reports/{REPORT}/summary/", True),
        ("governments CSV", "export", "/governments/?_export=csv", False),
        ("responses CSV", "export", "/responses/?_export=csv", False),
        ("responses XLSX", "export", "/responses/?_export=xlsx", False),
        ("activities CSV", "export", "/organizations/activities/?_export=csv", False),
        ("summary PDF", "pdf", f"/reports/{REPORT}/summary.pdf", True),
    ]
