"""The Word draft of a report's section II, at /reports/<slug>/draft.docx (?language=fr|en).

The same readers as the summary's PDF (every signed-in user), and cached like it
(``core.dataversion.cached``: the data version, the language and the report), since a draft
is the same for every reader until a record changes. A report the draft cannot be made for
(no letter to count replies to, no cutoff to count them by) gets a page saying so, not an
error.
"""
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from core.dataversion import cached
from surveys.drafts.word import CONTENT_TYPE, draft_document
from surveys.models import Report
from surveys.summary.views import document_context, report_and_earlier, requested_language


def why_no_draft(report: Report) -> str:
    """What keeps ``report`` from having a draft, in a sentence; "" when nothing does."""
    if report.cutoff_on is None:
        return _("%(symbol)s has no cutoff date: the draft counts the replies received by it. "
                 "An Administrator can enter it in the admin.") % {"symbol": report.symbol}
    if not report.letters.exists():
        return _("%(symbol)s counts the replies to no letter: the draft summarises them. An "
                 "Administrator can choose its letters in the admin.") % {"symbol": report.symbol}
    return ""


def draft_filename(report: Report, language: str) -> str:
    """'draft-A-56-167.docx'; in another language than English, 'draft-A-56-167-fr.docx'."""
    suffix = "" if language.startswith("en") else f"-{language}"
    return f"draft-{report.slug}{suffix}.docx"


def draft_docx(request, slug):
    report, earlier = report_and_earlier(slug)
    problem = why_no_draft(report)
    if problem:
        return render(request, "surveys/draft_unavailable.html",
                      {"report": report, "problem": problem}, status=409)
    language = requested_language(request)
    with translation.override(language):
        document = cached(lambda: draft_document(report, document_context(report, earlier)),
                          "draft-docx", report.pk)
    response = HttpResponse(document, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="{draft_filename(report, language)}"')
    response["Content-Language"] = language
    return response
