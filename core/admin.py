"""What every admin of the project shares: audit history, protection against lost updates,
and inlines that fetch what they print.

Every ModelAdmin derives from TrackedAdmin. Its change form carries, in a hidden field,
the record's version when the form was opened (the id of its latest history row; the rule
is ``core.versions``, which the imports apply too). If another save has added a history
row since, the save is refused with a plain message that names who changed the record and
when, and shows the current values that differ; what the editor typed stays in the form,
and saving again (having seen the other change) keeps it.
"""
from django import forms
from django.contrib import admin
from django.contrib.admin.options import IS_POPUP_VAR, IncorrectLookupParameters
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.admin import SimpleHistoryAdmin
from simple_history.utils import get_history_manager_for_model

from core.versions import changed_by, changed_since, current_record, version_of

SEEN_VERSION = "seen_version"
NEXT = "next"
# The buttons that ask to stay in the admin: "Save and continue editing", "... add another".
STAY_BUTTONS = ("_continue", "_addanother", "_saveasnew", IS_POPUP_VAR)
DATE_HINT = gettext_lazy("Year-month-day, as 2001-05-08, or pick it from the calendar.")


def display_value(instance, name: str) -> str:
    """A field's current value as a person reads it: labels, names, lists."""
    field = instance._meta.get_field(name)
    if field.many_to_many:
        value = ", ".join(str(item) for item in getattr(instance, name).all())
    elif field.choices:
        value = getattr(instance, f"get_{name}_display")()
    elif field.get_internal_type() == "BooleanField":
        value = _("yes") if getattr(instance, name) else _("no")
    else:
        value = getattr(instance, name)
    return str(value) if value not in (None, "") else _("(empty)")


class StaleSaveFormMixin:
    """Refuses to save over a change made after the form was opened."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[SEEN_VERSION] = forms.CharField(
            widget=forms.HiddenInput, required=False,
            initial=version_of(self.instance) if self.instance.pk else "",
        )

    @property
    def changed_data(self):
        return [name for name in super().changed_data if name != SEEN_VERSION]

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk:
            self._refuse_stale_save(cleaned_data.get(SEEN_VERSION) or "")
        return cleaned_data

    def _refuse_stale_save(self, seen: str):
        current = current_record(self.instance)  # None once deleted: a revert brings it back
        latest = changed_since(current, seen)
        if latest is None:
            return
        self.add_error(None, self._conflict_messages(current, latest, seen))
        # The editor has now seen the other change: a second save keeps their version.
        self.data = self.data.copy()
        self.data[self.add_prefix(SEEN_VERSION)] = str(latest.pk)

    def _conflict_messages(self, current, latest, seen: str) -> list[str]:
        lines = [
            _(
                "This record was changed by %(who)s on %(when)s, after you opened it. "
                "Your changes have not been saved; what you typed is kept below."
            ) % changed_by(latest)
        ]
        for name in self._fields_changed_since(latest, seen):
            label = current._meta.get_field(name).verbose_name
            lines.append(
                _("%(field)s is now: %(value)s")
                % {"field": str(label).capitalize(), "value": display_value(current, name)}
            )
        lines.append(_("Check these values, correct the form if needed, and save again."))
        return lines

    def _fields_changed_since(self, latest, seen: str) -> list[str]:
        """Fields another save changed; without a history row to compare, those that differ
        between what was typed and what is saved now."""
        history = get_history_manager_for_model(self.instance)
        opened = history.filter(pk=int(seen)).first() if seen.isdigit() else None
        if opened is not None:
            return [change.field for change in latest.diff_against(opened).changes]
        model_fields = {f.name for f in self.instance._meta.get_fields()}
        return [name for name in self.changed_data if name in model_fields]


def safe_next(request) -> str:
    """The page to go back to after a save (``?next=``), if it is on this site; else ''."""
    target = request.GET.get(NEXT, "")
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if target and allowed else ""


class TrackedAdmin(SimpleHistoryAdmin):
    """Base ModelAdmin: history viewable from the record with revert, and no lost updates.

    Hostile or mistyped addresses give the admin's own "invalid lookup" page or a form
    without the bad initial value, never a server error. A form opened from a page with
    ``?next=<that page>`` (the pages' "Record a reply" and "Edit") goes back there after
    "Save", when the address is on this site; otherwise where the admin usually goes.
    """

    # Foreign keys drawn as plain choices: no add, change, delete or view icons beside them
    # (a reply's Government and letter are chosen, never edited from the reply's form).
    plain_relations = ()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is None:
            return formfield
        if isinstance(db_field, models.DateField) and not isinstance(db_field,
                                                                     models.DateTimeField):
            # Dates are typed as ISO only (config/formats); say so, before and after a slip.
            formfield.help_text = (format_lazy("{} {}", formfield.help_text, DATE_HINT)
                                   if formfield.help_text else DATE_HINT)
            formfield.error_messages["invalid"] = gettext_lazy(
                "Write the date as year-month-day, for example 2001-05-08."
            )
        if db_field.name in self.plain_relations:
            for flag in ("can_add_related", "can_change_related", "can_delete_related",
                         "can_view_related"):
                setattr(formfield.widget, flag, False)
        return formfield

    def response_add(self, request, obj, post_url_continue=None):
        return self._back_to_next(request, super().response_add(request, obj, post_url_continue))

    def response_change(self, request, obj):
        return self._back_to_next(request, super().response_change(request, obj))

    @staticmethod
    def _back_to_next(request, response):
        target = safe_next(request)
        if not target or any(button in request.POST for button in STAY_BUTTONS):
            return response
        return HttpResponseRedirect(target)

    def get_changelist_instance(self, request):
        try:
            return super().get_changelist_instance(request)
        except (ValueError, OverflowError, TypeError) as error:  # e.g. ?received_on__year=1e20
            raise IncorrectLookupParameters(error) from error

    def get_changeform_initial_data(self, request):
        """Initial values from the address, keeping only those the field can read."""
        initial = super().get_changeform_initial_data(request)
        for name, value in list(initial.items()):
            try:
                field = self.model._meta.get_field(name)
                target = field.target_field if field.is_relation else field
                for item in value if isinstance(value, list) else [value]:
                    target.clean(item, None)  # the type, and the range the database holds
            except (FieldDoesNotExist, ValidationError, ValueError, TypeError, AttributeError,
                    OverflowError):
                del initial[name]
        return initial

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            return form
        return type(form.__name__, (StaleSaveFormMixin, form), {})


class ListedInline(admin.TabularInline):
    """An inline whose rows are fetched with the records their names print."""

    extra = 0
    related = ()

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(*self.related)
