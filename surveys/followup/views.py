"""The follow-up pages: the live list, contacts in one step, reminders (PDF, mail merge,
email) and the confirmation that a batch went out.

Every page needs sign-in; logging a contact, sending a reminder and confirming a batch also
need the right to add a follow-up contact (Editors and Administrators).
"""
import logging

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db import transaction
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django.views.generic import FormView, View

from core.views import TablePage
from surveys.followup import reminders
from surveys.followup.filters import FollowUpFilter
from surveys.followup.forms import ContactForm, ReplyByForm, SentForm, chosen_round
from surveys.followup.tables import FollowUpTable
from surveys.models import FollowUp, Government, Letter

logger = logging.getLogger(__name__)

def follow_up_rows(letter, as_of):
    return Government.objects.awaiting_reply_to(letter, as_of).with_follow_up(letter, as_of)


def safe_next(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return default


class NoLetterMixin:
    """Reads the letter and the day of the address; without any letter, says so."""

    def dispatch(self, request, *args, **kwargs):
        self.letter, self.as_of = chosen_round(request.GET)
        if self.letter is None:
            return render(request, "surveys/followup/no_letter.html", status=404)
        return super().dispatch(request, *args, **kwargs)


class FollowUpListView(NoLetterMixin, TablePage):
    """The recipients of a letter without a reply as of a day (today by default)."""

    filterset_class = FollowUpFilter
    table_class = FollowUpTable
    template_name = "surveys/followup/list.html"

    def get_queryset(self):
        self.export_name = f"follow-up-letter-{self.letter.number}-{self.as_of.isoformat()}"
        return follow_up_rows(self.letter, self.as_of)

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        filterset.form.default_letter = self.letter
        return filterset

    def get_table(self, **kwargs):
        table = super().get_table(**kwargs)
        table.letter, table.rests_on_illustrative = self.letter, self.rests_on_illustrative
        return table

    def get_table_data(self):
        return self.object_list

    def rows_are_illustrative(self) -> bool:
        return self.rests_on_illustrative or self.object_list.filter(
            mission__is_illustrative=True).exists()

    @property
    def rests_on_illustrative(self) -> bool:
        if not hasattr(self, "_rests_on_illustrative"):
            self._rests_on_illustrative = reminders.rests_on_illustrative(self.letter)
        return self._rests_on_illustrative

    def get_title(self) -> str:
        return _("Follow-up: no reply to the %(letter)s") % {"letter": self.letter}

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        for key in ("page", "sort", "per_page", "_export"):
            query.pop(key, None)
        rows = list(self.object_list.values_list("iso3", flat=True))
        return super().get_context_data(
            letter=self.letter, as_of=self.as_of,
            batch_params=[(name, value) for name, values in query.lists() for value in values
                          if name != "reply_by"],
            reply_by_form=ReplyByForm(letter=self.letter),
            sent_form=SentForm(initial={"letter": self.letter.number, "governments": rows}),
            batch_size=len(rows), **kwargs)


class BatchMixin(NoLetterMixin):
    """The rows of the follow-up list these parameters draw, for a batch of reminders; the
    optional ``reply_by`` is the officer's reply-by date for the batch."""

    def batch(self, request):
        filterset = FollowUpFilter(request.GET, queryset=follow_up_rows(self.letter, self.as_of))
        reply_by = ReplyByForm(request.GET, letter=self.letter)
        if not filterset.is_valid() or not reply_by.is_valid():
            raise reminders.ReminderRefused(" ".join(
                [_("These filters cannot be read; correct them first.")]
                if not filterset.is_valid() else reply_by.errors["reply_by"]))
        # Drawn as of an earlier day, the list may hold Governments that have replied since:
        # a reminder is written today, for those still without a reply.
        writer = reminders.ReminderWriter(self.letter, request.user,
                                          reply_by=reply_by.cleaned_data["reply_by"])
        still_awaiting = Government.objects.awaiting_reply_to(self.letter, writer.on)
        rows = filterset.qs.filter(pk__in=still_awaiting.values("pk")).order_by("name")
        return writer.batch(rows)

    def get(self, request, *args, **kwargs):
        try:
            batch = self.batch(request)
        except reminders.ReminderRefused as refusal:
            logger.warning("Batch of reminders for letter %s refused: %s", self.letter.number,
                           refusal)
            messages.error(request, str(refusal))
            return HttpResponseRedirect(reverse("surveys:followup_list") + "?"
                                        + request.GET.urlencode())
        return self.respond(request, batch)


class BatchPdfView(BatchMixin, View):
    def respond(self, request, batch):
        document = reminders.reminders_pdf(batch, base_url=request.build_absolute_uri("/"))
        return attachment(document, "application/pdf", reminders.pdf_filename(self.letter))


class MailMergeView(BatchMixin, View):
    def respond(self, request, batch):
        text = reminders.mail_merge_csv(batch)
        name = reminders.pdf_filename(self.letter).replace(".pdf", "-mail-merge.csv")
        return attachment(text.encode("utf-8-sig"), "text/csv; charset=utf-8", name)


def attachment(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_POST
@permission_required("surveys.add_followup", raise_exception=True)
def confirm_sent(request):
    """Log one follow-up entry a Government of the batch, all or none."""
    form = SentForm(request.POST)
    back = safe_next(request, reverse("surveys:followup_list"))
    if not form.is_valid():
        for error in [*form.non_field_errors(), *[
                _("%(field)s: %(errors)s") % {"field": form.fields[name].label,
                                              "errors": " ".join(errors)}
                for name, errors in form.errors.items() if name != "__all__"]]:
            messages.error(request, error)
        messages.error(request, _("No reminder was logged."))
        return HttpResponseRedirect(back)
    data = form.cleaned_data
    with transaction.atomic():
        for government in data["governments"]:
            contact = FollowUp(
                government=government, letter=data["letter"], contacted_on=data["sent_on"],
                kind=data["kind"], officer=request.user,
                outcome=_("Reminder sent (confirmed from the follow-up list)."))
            contact.full_clean()
            contact.save()
    n = len(data["governments"])
    messages.success(request, ngettext("A reminder is logged for %(n)s Government.",
                                       "A reminder is logged for each of %(n)s Governments.",
                                       n) % {"n": n})
    return HttpResponseRedirect(back)


class ContactCreateView(PermissionRequiredMixin, FormView):
    """A contact with a mission in one step, from the follow-up list or a Government page."""

    permission_required = "surveys.add_followup"
    raise_exception = True
    form_class = ContactForm
    template_name = "surveys/followup/contact_form.html"

    def get_initial(self):
        return {key: self.request.GET[key] for key in ("government", "letter")
                if key in self.request.GET}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "officer": self.request.user}

    def form_valid(self, form):
        contact = form.save()
        messages.success(self.request, _("The contact with %(name)s is logged.")
                         % {"name": contact.government})
        return HttpResponseRedirect(safe_next(self.request,
                                              contact.government.get_absolute_url()))

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=safe_next(self.request, ""), **kwargs)


def one_reminder(request, iso3: str, number: int):
    government = get_object_or_404(Government.objects.select_related("mission"), iso3=iso3)
    letter = get_object_or_404(Letter.objects.select_related("mandate"), number=number)
    reply_by = ReplyByForm(request.GET if request.method == "GET" else request.POST,
                           letter=letter)
    if not reply_by.is_valid():
        raise reminders.ReminderRefused(" ".join(reply_by.errors["reply_by"]))
    writer = reminders.ReminderWriter(letter, request.user,
                                      reply_by=reply_by.cleaned_data["reply_by"])
    return government, letter, writer.for_one(government)


def refused(request, refusal, back: str) -> HttpResponseRedirect:
    """A reminder that could not be made or sent: said to the officer, logged for the
    server's administrators, nothing written."""
    logger.warning("Reminder refused (%s): %s", request.path, refusal)
    messages.error(request, str(refusal))
    return HttpResponseRedirect(back)


def reminder_pdf(request, iso3: str, number: int):
    """One Government's reminder as PDF; refused, with a message, once it has replied."""
    try:
        government, letter, reminder = one_reminder(request, iso3, number)
    except reminders.ReminderRefused as refusal:
        return refused(request, refusal, reverse("surveys:government_detail", args=[iso3]))
    document = reminders.reminders_pdf([reminder], base_url=request.build_absolute_uri("/"))
    return attachment(document, "application/pdf", reminders.pdf_filename(letter, government))


@require_POST
@permission_required("surveys.add_followup", raise_exception=True)
def send_reminder(request, iso3: str, number: int):
    """Email one Government's reminder with its PDF; logged only when the server took it."""
    back = safe_next(request, reverse("surveys:government_detail", args=[iso3]))
    try:
        government, letter, reminder = one_reminder(request, iso3, number)
        document = reminders.reminders_pdf([reminder],
                                           base_url=request.build_absolute_uri("/"))
        reminders.send_by_email(reminder, document, request.user)
    except reminders.ReminderRefused as refusal:
        return refused(request, refusal, back)
    messages.success(request, _("The reminder was sent by email to %(address)s and is logged.")
                     % {"address": reminder.email})
    return HttpResponseRedirect(back)


def list_url(letter: Letter, **params) -> str:
    query = urlencode({"letter": letter.number, **params})
    return f"{reverse('surveys:followup_list')}?{query}"
