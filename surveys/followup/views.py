"""The follow-up pages: the live list, contacts in one step, reminders (PDF, mail merge,
email) and the confirmation that a batch went out.

Every page needs sign-in; logging a contact, sending a reminder and confirming a batch also
need the right to add a follow-up contact (Editors and Administrators).
"""
import datetime
import logging
from functools import partial

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, FormView, TemplateView, View

from core import downloads
from core.views import TablePage
from surveys.followup import batches, policy, reminders
from surveys.followup.filters import FollowUpFilter
from surveys.followup.forms import (
    ContactForm,
    EmailBatchForm,
    LogBatchForm,
    ReplyByForm,
    chosen_round,
)
from surveys.followup.status import round_status
from surveys.followup.tables import FollowUpTable
from surveys.models import ContactBatch, Government, Letter
from surveys.notices import illustrative_kinds
from surveys.querysets import follow_up_is_illustrative

logger = logging.getLogger(__name__)

def follow_up_rows(letter, as_of):
    return Government.objects.awaiting_reply_to(letter, as_of).with_follow_up(letter, as_of)


def filtered_rows(params, letter, as_of):
    """The follow-up list's rows these parameters draw; refused when they cannot be read."""
    filterset = FollowUpFilter(params, queryset=follow_up_rows(letter, as_of))
    if not filterset.is_valid():
        raise reminders.ReminderRefused(_("These filters cannot be read; correct them first."))
    return filterset.qs


def reply_by_of(params, letter):
    """The officer's reply-by date in these parameters (None when empty); refused, with the
    form's message, when it cannot be one."""
    form = ReplyByForm(params, letter=letter)
    if not form.is_valid():
        raise reminders.ReminderRefused(" ".join(form.errors["reply_by"]))
    return form.cleaned_data["reply_by"]


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
    cache_rendered_table = True

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
        return bool(self.illustrative_kinds())

    def illustrative_kinds(self) -> tuple[str, ...]:
        """What the list's notice names: the replies (who has not replied rests on who has)
        and the Permanent Missions of its rows, when made up."""
        if not hasattr(self, "_illustrative_kinds"):
            self._illustrative_kinds = illustrative_kinds(
                replies=self.rests_on_illustrative,
                missions=self.object_list.filter(mission__is_illustrative=True).exists())
        return self._illustrative_kinds

    @property
    def rests_on_illustrative(self) -> bool:
        if not hasattr(self, "_rests_on_illustrative"):
            self._rests_on_illustrative = reminders.rests_on_illustrative(self.letter)
        return self._rests_on_illustrative

    def get_title(self) -> str:
        return _("Follow-up: no reply to the %(letter)s") % {"letter": self.letter}

    def rendered_table_varies_on(self, table) -> str:
        # The day is today unless the address names one: a new day is a new table.
        return f"{super().rendered_table_varies_on(table)} as of {self.as_of.isoformat()}"

    def get_context_data(self, **kwargs):
        if self.exporting():  # the export draws no page: its status and batch are not counted
            return super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        for key in ("page", "sort", "per_page", "_export"):
            query.pop(key, None)
        batch_size = self.object_list.count()
        return super().get_context_data(
            letter=self.letter, as_of=self.as_of,
            batch_params=[(name, value) for name, values in query.lists() for value in values
                          if name != "reply_by"],
            reply_by_form=ReplyByForm(letter=self.letter),
            # drawn only when its cached paragraph is not in the cache (list.html)
            status=SimpleLazyObject(partial(round_status, self.letter, self.as_of)),
            batch_size=batch_size,
            illustrative_kinds=self.illustrative_kinds(), **kwargs)


class BatchMixin(NoLetterMixin):
    """The rows of the follow-up list these parameters draw, for a batch of reminders; the
    optional ``reply_by`` is the officer's reply-by date for the batch."""

    def batch(self, request):
        listed = filtered_rows(request.GET, self.letter, self.as_of)
        # Drawn as of an earlier day, the list may hold Governments that have replied since:
        # a reminder is written today, for those still without a reply.
        writer = reminders.ReminderWriter(self.letter, request.user,
                                          reply_by=reply_by_of(request.GET, self.letter))
        still_awaiting = Government.objects.awaiting_reply_to(self.letter, writer.on)
        rows = listed.filter(pk__in=still_awaiting.values("pk")).order_by("name")
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
    """The batch's notes verbales, one a page. Each note is written (and any refusal said)
    inside the request; a long batch is drawn as PDF by a worker."""

    def respond(self, request, batch):
        if len(batch) > settings.NOTES_IN_REQUEST and not downloads.in_worker(request):
            return downloads.in_background(request)
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


class BatchConfirmView(PermissionRequiredMixin, NoLetterMixin, TemplateView):
    """A bulk action on the rows the list's filters draw, through a page that lists every
    Government it will touch, with what will be written for each, and writes only when the
    officer confirms, all or nothing. The Governments the letter's policy holds back are
    listed apart and included only with a stated reason; the list is drawn again on
    confirmation, and a change since the page was shown (a reply recorded meanwhile) shows
    the page again instead of writing."""

    permission_required = "surveys.add_followup"
    raise_exception = True
    template_name = "surveys/followup/confirm_batch.html"
    form_class = None  # LogBatchForm or EmailBatchForm
    action = ""

    def rows(self, on):
        return list(filtered_rows(self.request.GET, self.letter, on).order_by("name"))

    def day(self, form) -> datetime.date:
        return timezone.localdate()

    def plan(self, form):
        """(rows, due, held {pk: reason}, left out {pk: reason}) on the day of ``form``: the
        Governments due a reminder, those the letter's policy holds back, and those it cannot
        reach (no email address, for an email)."""
        on = self.day(form)
        rows = self.rows(on)
        held = policy.holds(self.letter, rows, on)
        left_out = {}
        if self.action == "email":
            left_out = {g.pk: _("No email address: add one to the mission, or send the PDF.")
                        for g in batches.with_email(rows)[1]}
            held = {pk: reason for pk, reason in held.items() if pk not in left_out}
        due = [g for g in rows if g.pk not in left_out and g.pk not in held]
        return rows, due, held, left_out

    @staticmethod
    def included(rows, due, held, form) -> list:
        """The due Governments, and those held back when the officer gave a reason."""
        if form.is_bound and form.is_valid() and form.cleaned_data.get("include_held"):
            return [g for g in rows if g in due or g.pk in held]
        return due

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        initial = {"sent_on": timezone.localdate(),
                   "reply_by": self.request.GET.get("reply_by") or None}
        return self.form_class(data, initial=initial)

    def get(self, request, *args, **kwargs):
        return self.show(self.get_form())

    def show(self, form, status=200):
        try:
            rows, due, held, left_out = self.plan(form)
            notes = self.notes([g for g in rows if g.pk not in left_out], form)
        except reminders.ReminderRefused as refusal:
            logger.warning("Batch for letter %s refused: %s", self.letter.number, refusal)
            return self.render_to_response(self.get_context_data(
                refusal=str(refusal), form=form, letter=self.letter, action=self.action,
                cancel=list_url(self.letter)), status=status)
        form.initial["governments"] = [g.iso3 for g in due]
        if not held:  # nobody to hold back: no choice to offer
            for name in ("include_held", "override_reason"):
                form.fields.pop(name, None)
        return self.render_to_response(self.get_context_data(
            form=form, rows=rows, due=due, held=held, left_out=left_out,
            notes=notes, action=self.action, letter=self.letter,
            # the notes rest on illustrative data as the list's rows do (one rule)
            **self.illustrative_context(rows),
            cancel=list_url(self.letter, **{k: v for k, v in self.request.GET.items()
                                            if k != "letter"})), status=status)

    def illustrative_context(self, rows) -> dict:
        kinds = illustrative_kinds(
            replies=reminders.rests_on_illustrative(self.letter),
            missions=any(follow_up_is_illustrative(g, replies_are_illustrative=False)
                         for g in rows))
        return {"is_illustrative": bool(kinds), "illustrative_kinds": kinds}

    def notes(self, governments, form) -> dict[int, str]:
        """What will be written for each Government (the email's subject, for an email)."""
        if self.action != "email":
            return {}
        writer = reminders.ReminderWriter(self.letter, self.request.user,
                                          reply_by=self.reply_by())
        return {note.government.pk: _("Email to %(address)s: “%(subject)s”") % {
            "address": note.email, "subject": note.subject}
            for note in writer.batch(governments)}

    def reply_by(self):
        return reply_by_of(self.request.GET, self.letter)

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if not form.is_valid():
            return self.show(form, status=400)
        try:
            rows, due, held, left_out = self.plan(form)
            included = self.included(rows, due, held, form)
            self.notes(included, form)  # every note can be written, or none is sent
        except reminders.ReminderRefused:
            return self.show(form, status=400)
        posted = {g.pk for g in form.cleaned_data["governments"]}
        if posted != {g.pk for g in due}:
            messages.error(request, _("The list has changed since the page was drawn (a reply "
                                      "or a contact was recorded meanwhile): nothing was "
                                      "written. Check it again and confirm."))
            return self.show(self.form_class(initial={
                **form.cleaned_data, "governments": None}), status=409)
        if not included:
            messages.error(request, _("No Government is left to remind: nothing was written."))
            return self.show(form, status=400)
        batch = self.write(form, included)
        return HttpResponseRedirect(reverse("surveys:followup_batch", args=[batch.pk]))


class LogBatchView(BatchConfirmView):
    """Confirm that the reminders of the rows listed went out (by post or by hand)."""

    form_class = LogBatchForm
    action = "log"

    def day(self, form):
        if form.is_bound and form.is_valid():
            return form.cleaned_data["sent_on"]
        return timezone.localdate()

    def write(self, form, governments):
        data = form.cleaned_data
        batch = batches.log_sent(self.letter, self.request.user, governments,
                                 kind=data["kind"], sent_on=data["sent_on"],
                                 override_reason=data["override_reason"].strip())
        messages.success(self.request, ngettext(
            "A reminder is logged for %(n)s Government.",
            "A reminder is logged for each of %(n)s Governments.",
            len(governments)) % {"n": len(governments)})
        return batch


class EmailBatchView(BatchConfirmView):
    """Email the reminder of each row listed: queued for the workers, sent in the
    background, its progress shown on the batch's page."""

    form_class = EmailBatchForm
    action = "email"

    def write(self, form, governments):
        batch = batches.queue_emails(self.letter, self.request.user, governments,
                                     reply_by=self.reply_by(),
                                     override_reason=form.cleaned_data["override_reason"],
                                     entered_by=self.request.user)
        messages.success(self.request, ngettext(
            "%(n)s reminder is queued: a worker sends it, and this page shows how far it has "
            "gone.",
            "%(n)s reminders are queued: workers send them, and this page shows how far they "
            "have gone.", len(governments)) % {"n": len(governments)})
        return batch


class BatchDetailView(LoginRequiredMixin, DetailView):
    """A batch: who logged or emailed it, each Government it touched and, for an emailed
    batch, each message's status, with a progress bar that follows the workers."""

    template_name = "surveys/followup/batch_detail.html"
    context_object_name = "batch"

    def get_queryset(self):
        return ContactBatch.objects.select_related("letter", "officer")

    def get_context_data(self, **kwargs):
        batch = self.object
        return super().get_context_data(
            progress=batches.progress(batch),
            emails=batch.emails.select_related("government", "contact").order_by(
                "government__name"),
            contacts=batch.contacts.select_related("government").order_by("government__name"),
            can_undo=batches.can_undo(batch, self.request.user),
            **kwargs)


def batch_progress(request, pk: int):
    """How far an emailed batch has gone, for the page's progress bar (JSON)."""
    if not request.user.is_authenticated:
        return JsonResponse({"detail": "sign in"}, status=403)
    batch = get_object_or_404(ContactBatch, pk=pk)
    return JsonResponse(batches.progress(batch))


@require_POST
@permission_required("surveys.add_followup", raise_exception=True)
def undo_batch(request, pk: int):
    """Undo a batch of logged reminders: its officer, the day it was logged."""
    batch = get_object_or_404(ContactBatch, pk=pk)
    try:
        removed = batches.undo(batch, request.user)
    except PermissionError:
        messages.error(request, _("Only the officer who logged this batch can undo it, and "
                                  "only on the day it was logged."))
        return HttpResponseRedirect(reverse("surveys:followup_batch", args=[pk]))
    logger.info("Batch %s undone by %s: %s contacts removed", pk, request.user, removed)
    messages.success(request, ngettext("The batch is undone: %(n)s contact removed.",
                                       "The batch is undone: %(n)s contacts removed.",
                                       removed) % {"n": removed})
    return HttpResponseRedirect(list_url(batch.letter))


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
        return {**super().get_form_kwargs(), "user": self.request.user}

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
    params = request.GET if request.method == "GET" else request.POST
    writer = reminders.ReminderWriter(letter, request.user, reply_by=reply_by_of(params, letter))
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
    reason = request.POST.get("override_reason", "").strip()[:300]
    try:
        government, letter, reminder = one_reminder(request, iso3, number)
        today = timezone.localdate()
        held = policy.hold(letter, Government.objects.with_follow_up(letter, today).get(
            pk=government.pk), today)
        if held and not reason:
            raise reminders.ReminderRefused(_("Not sent: %(hold)s To send it all the same, "
                                              "give the reason.") % {"hold": held})
        document = reminders.reminders_pdf([reminder],
                                           base_url=request.build_absolute_uri("/"))
        reminders.send_by_email(reminder, document, request.user,
                                override_reason=reason if held else "")
    except reminders.ReminderRefused as refusal:
        return refused(request, refusal, back)
    messages.success(request, _("The reminder was sent by email to %(address)s and is logged.")
                     % {"address": reminder.email})
    return HttpResponseRedirect(back)


def list_url(letter: Letter, **params) -> str:
    query = urlencode({"letter": letter.number, **params})
    return f"{reverse('surveys:followup_list')}?{query}"
