"""What every admin of the project shares: audit history, protection against lost updates,
and inlines that fetch what they print.

Every ModelAdmin derives from TrackedAdmin. Its change form carries, in a hidden field,
the id of the record's latest history row when the form was opened. If another save has
added a history row since, the save is refused with a plain message that names who
changed the record and when, and shows the current values that differ; what the editor
typed stays in the form, and saving again (having seen the other change) keeps it.
"""
from django import forms
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import router, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.utils import get_history_manager_for_model

SEEN_VERSION = "seen_version"


def latest_history(instance):
    """The record's most recent history row, or None if none was ever written."""
    return get_history_manager_for_model(instance).select_related("history_user").first()


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
        latest = latest_history(self.instance) if self.instance.pk else None
        self.fields[SEEN_VERSION] = forms.CharField(
            widget=forms.HiddenInput, required=False, initial=latest.pk if latest else ""
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
        current = self._current_record()
        latest = latest_history(current) if current is not None else None
        if latest is None or str(latest.pk) == seen:
            return
        self.add_error(None, self._conflict_messages(current, latest, seen))
        # The editor has now seen the other change: a second save keeps their version.
        self.data = self.data.copy()
        self.data[self.add_prefix(SEEN_VERSION)] = str(latest.pk)

    def _current_record(self):
        """The record as saved now, locked until this save ends where the database can;
        None when it has been deleted (a revert then brings it back)."""
        model = type(self.instance)
        records = model._default_manager.all()
        if transaction.get_connection(router.db_for_write(model)).in_atomic_block:
            records = records.select_for_update()
        return records.filter(pk=self.instance.pk).first()

    def _conflict_messages(self, current, latest, seen: str) -> list[str]:
        when = formats.date_format(timezone.localtime(latest.history_date), "DATETIME_FORMAT")
        who = latest.history_user or _("someone (not recorded)")
        lines = [
            _(
                "This record was changed by %(who)s on %(when)s, after you opened it. "
                "Your changes have not been saved; what you typed is kept below."
            ) % {"who": who, "when": when}
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


class TrackedAdmin(SimpleHistoryAdmin):
    """Base ModelAdmin: history viewable from the record with revert, and no lost updates.

    Hostile or mistyped addresses give the admin's own "invalid lookup" page or a form
    without the bad initial value, never a server error.
    """

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
