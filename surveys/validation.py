"""The rules of a valid response, in one place: the model, the admin form and the import use them.

Each error carries a code, so that callers and tests can tell the rules apart:

``received_before_letter``  a reply cannot be received before its letter was sent;
``received_in_future``      nor after today;
``not_a_recipient``         a Government that was not a Member when the letter was sent did
                            not receive it;
``code_outside_stance``     a code is counted only among the Governments of its topic's stance;
``duplicate_response``      one response per Government per letter;
``replies_outside_membership``  a Government's membership dates must cover the letters it
                            replied to (the same rule as ``not_a_recipient``, seen from the
                            Government's side).
"""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

STANCE_GROUPS = {
    "in_favour": gettext_lazy("Governments in favour"),
    "reservations": gettext_lazy("Governments with reservations"),
    "partial_support": gettext_lazy("Governments giving only partial support"),
}


def validate_response(response) -> None:
    """The rules on a response's own fields (``Response.clean``): raise every error found."""
    errors = {}
    letter = response.letter if response.letter_id else None
    received = response.received_on
    if letter and received and received < letter.sent_on:
        errors["received_on"] = ValidationError(
            _("The reply cannot have been received before the letter was sent (%(sent)s).")
            % {"sent": letter.sent_label}, code="received_before_letter")
    if received and received > timezone.localdate():
        errors["received_on"] = ValidationError(
            _("The date received cannot be in the future."), code="received_in_future")
    if letter and response.government_id and not response.government.is_member_on(
            letter.sent_on):
        errors["government"] = ValidationError(_(
            "%(government)s was not a Member of the United Nations when the letter was sent "
            "(%(sent)s), so it did not receive it."
        ) % {"government": response.government, "sent": letter.sent_label},
            code="not_a_recipient")
    if errors:
        raise ValidationError(errors)


def counted_among(stance: str) -> str:
    """The group of Governments a topic is counted among, in the report's words."""
    return str(STANCE_GROUPS[stance])


def topics_outside_stance(stance: str, codes) -> list:
    """The topics of ``codes`` that the report counts among another stance than ``stance``.

    The report counts the nature, objectives ... funding only among Governments in favour
    (paras 10-14), reasons for reservations only among those with reservations (para 15)
    and conditions only among those giving partial support (para 16). A code outside the
    reply's stance would never be counted, so it is almost surely a slip of the hand.
    """
    topics = {code.topic for code in codes if code.topic.counted_within != stance}
    return sorted(topics, key=lambda topic: topic.order)


def validate_codes(stance: str, codes) -> None:
    """Refuse codes whose topic the report counts among another stance."""
    from surveys.models import Stance

    topics = topics_outside_stance(stance, codes)
    if not topics:
        return
    counted = "; ".join(
        _("“%(topic)s” is counted only among %(group)s (para. %(paragraph)s)") % {
            "topic": topic.name, "group": counted_among(topic.counted_within),
            "paragraph": topic.paragraph,
        }
        for topic in topics
    )
    raise ValidationError(_(
        "%(counted)s, but this reply's stance is “%(stance)s”. Untick those codes or correct "
        "the stance; views that the report does not count can go in the summary."
    ) % {"counted": counted, "stance": Stance(stance).label}, code="code_outside_stance")


def validate_not_duplicate(government, letter, *, exclude_pk=None) -> None:
    """One response per Government per letter, said with the date of the one recorded."""
    from surveys.models import Response

    if not (government and letter):
        return
    existing = Response.objects.filter(government=government, letter=letter).exclude(
        pk=exclude_pk).first()
    if existing is None:
        return
    constraint = next(
        c for c in Response._meta.constraints if c.name == "one_response_per_letter"
    )
    raise ValidationError(_("%(message)s It was received on %(date)s.") % {
        "message": constraint.violation_error_message,
        "date": date_format(existing.received_on, "j F Y"),
    }, code="duplicate_response")


def validate_membership_dates(government) -> None:
    """The Government was a Member when each letter it replied to was sent."""
    if government.pk is None or government.admitted_on is None:
        return
    outside = [
        response.letter for response in government.responses.select_related("letter")
        if not government.is_member_on(response.letter.sent_on)
    ]
    if not outside:
        return
    field = "admitted_on" if any(letter.sent_on < government.admitted_on for letter in outside) \
        else "left_on"
    raise ValidationError({field: ValidationError(_(
        "%(government)s replied to the letter of %(sent)s, so it was a Member when that letter "
        "was sent; these dates say it was not. Correct the date, or correct that reply first."
    ) % {"government": government, "sent": outside[0].sent_label},
        code="replies_outside_membership")})
