"""The forms of the follow-up: which round and day, a contact in one step, a batch sent."""
import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.roles import may_record_for_another_officer
from surveys.models import REMINDER_KINDS, ContactKind, FollowUp, Government, Letter

DATE_HELP = gettext_lazy("YYYY-MM-DD")


class DayInput(forms.DateInput):
    """The browser's date picker, which reads and writes ISO dates only."""

    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def latest_letter() -> Letter | None:
    """The open round: the letter sent last."""
    return Letter.objects.select_related("mandate").order_by("-sent_on", "-number").first()


def round_errors(letter: Letter | None, as_of: datetime.date | None) -> dict[str, str]:
    """What is wrong with following up ``letter`` as of ``as_of``, field by field."""
    if as_of is None:
        return {}
    if as_of > timezone.localdate():
        return {"as_of": _("The follow-up list is as of today or an earlier day, not a day "
                           "to come.")}
    if letter is not None and as_of < letter.sent_on:
        return {"as_of": _("This day comes before the letter was sent (%(sent)s).")
                % {"sent": letter.sent_label}}
    return {}


class RoundFormMixin:
    """The checks of the letter and the day a follow-up list is drawn for; ``default_letter``
    (the latest letter, read when first needed) stands in for an empty letter."""

    default_letter = None

    def clean(self):
        cleaned_data = super().clean()
        letter = cleaned_data.get("letter") or self.default_letter or latest_letter()
        for field, message in round_errors(letter, cleaned_data.get("as_of")).items():
            self.add_error(field, message)
        return cleaned_data


class RoundForm(RoundFormMixin, forms.Form):
    letter = forms.ModelChoiceField(Letter.objects.all(), to_field_name="number", required=False)
    as_of = forms.DateField(required=False)


def chosen_round(params) -> tuple[Letter | None, datetime.date]:
    """The letter (the latest by default) and the day (today by default) of ``params``; a
    value that does not hold is replaced by its default (the filter form says why)."""
    form = RoundForm(params)
    if not params.get("letter"):
        form.default_letter = latest_letter()
    form.is_valid()
    cleaned = form.cleaned_data
    letter = cleaned.get("letter") if "letter" not in form.errors else None
    as_of = cleaned.get("as_of") if "as_of" not in form.errors else None
    return letter or form.default_letter or latest_letter(), as_of or timezone.localdate()


def not_after_today(day: datetime.date, message: str) -> datetime.date:
    """``day``, which must have come already: what is logged has happened."""
    if day > timezone.localdate():
        raise ValidationError(message)
    return day


class ContactForm(forms.ModelForm):
    """A contact with a mission, in one step: what happened and what comes next.

    ``user`` is the signed-in user, who enters the contact and is its officer; an
    Administrator may choose another officer (the contact still says who entered it), and
    for anyone else the form has no officer to choose."""

    government = forms.ModelChoiceField(
        Government.objects.all(), to_field_name="iso3", label=gettext_lazy("Government"))
    letter = forms.ModelChoiceField(
        Letter.objects.all(), to_field_name="number", label=gettext_lazy("Letter"))

    class Meta:
        model = FollowUp
        fields = ("government", "letter", "contacted_on", "kind", "officer", "outcome",
                  "next_action", "next_action_on")
        widgets = {"contacted_on": DayInput(), "next_action_on": DayInput(),
                   "outcome": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.officer = self.instance.entered_by = user
        if may_record_for_another_officer(user):
            self.fields["officer"].queryset = get_user_model().objects.filter(is_active=True)
            self.initial.setdefault("officer", user.pk)
        else:
            del self.fields["officer"]
        self.initial.setdefault("contacted_on", timezone.localdate())
        self.fields["contacted_on"].help_text = DATE_HELP

    def clean_contacted_on(self):
        return not_after_today(self.cleaned_data["contacted_on"], _(
            "A contact is logged once it has happened: the date cannot be after today."))

    def clean_next_action_on(self):
        next_action_on = self.cleaned_data.get("next_action_on")
        if next_action_on and next_action_on < timezone.localdate():
            raise ValidationError(_("The next action cannot be due in the past; give today "
                                    "or a later day, or leave it empty."))
        return next_action_on


class ReplyByForm(forms.Form):
    """The officer's reply-by date for a batch of reminders (or one), when the letter records
    none or a later one is wanted; it cannot come before the letter."""

    reply_by = forms.DateField(
        label=gettext_lazy("Reply by"), required=False, widget=DayInput(),
        help_text=gettext_lazy("The date the reminders ask a reply by; empty, the letter's "
                               "own, if it records one."),
        error_messages={"invalid": gettext_lazy("Enter the reply-by date as YYYY-MM-DD.")})

    def __init__(self, *args, letter: Letter, **kwargs):
        super().__init__(*args, **kwargs)
        self.letter = letter
        if letter.reply_by:
            self.fields["reply_by"].widget.attrs["placeholder"] = letter.reply_by.isoformat()

    def clean_reply_by(self):
        day = self.cleaned_data["reply_by"]
        if day and day < self.letter.sent_on:
            raise ValidationError(_("The reply-by date cannot come before the letter was sent "
                                    "(%(sent)s).") % {"sent": self.letter.sent_label})
        if day and day < timezone.localdate():
            raise ValidationError(_("The reply-by date has passed: give today or a later day."))
        return day


class BatchForm(forms.Form):
    """The confirmation of a bulk action on the follow-up list: the Governments the page
    listed (checked again against the list as it stands when confirmed), and the reason
    for reminding those the letter's policy holds back, if they are to be included."""

    governments = forms.ModelMultipleChoiceField(
        Government.objects.all(), to_field_name="iso3", required=False,
        widget=forms.MultipleHiddenInput)
    include_held = forms.BooleanField(
        label=gettext_lazy("Remind the Governments held back too"), required=False)
    override_reason = forms.CharField(
        label=gettext_lazy("Why they are reminded early or again"), max_length=300,
        required=False, help_text=gettext_lazy("Kept with each contact logged."))

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("include_held") and not cleaned_data.get("override_reason",
                                                                     "").strip():
            self.add_error("override_reason", _(
                "Say why the Governments held back are reminded all the same."))
        return cleaned_data


class LogBatchForm(BatchForm):
    sent_on = forms.DateField(label=gettext_lazy("Sent on"), help_text=DATE_HELP,
                              widget=DayInput())
    kind = forms.ChoiceField(
        choices=[(k.value, k.label) for k in REMINDER_KINDS], initial=ContactKind.NOTE_VERBALE,
        label=gettext_lazy("Sent as"))

    def clean_sent_on(self):
        return not_after_today(self.cleaned_data["sent_on"], _(
            "Confirm the reminders once they are sent: the date cannot be after today."))


class EmailBatchForm(BatchForm):
    reply_by = forms.DateField(required=False, widget=forms.HiddenInput)
