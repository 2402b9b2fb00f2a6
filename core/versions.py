"""A record's version, and the one rule against lost updates built on it.

A record's version is the id of its latest history row (django-simple-history writes one on
every save, with who saved and when). Whatever starts from what someone saw carries the
version they saw: the admin's change form in a hidden field, an admin export in its
"version" column, an import's preview in the plan it keeps for the confirmation. A save is
refused when the record's version is no longer the one seen (``changed_since``), and the
refusal names who changed the record and when (``changed_by``).

An id, not a time: two saves in the same second still differ, and no clock is compared.
"""
from django.db import router, transaction
from django.db.models import OuterRef, Subquery
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from simple_history.utils import get_app_model_primary_key_name, get_history_manager_for_model

# The attribute an export's records carry their version in (``with_versions``).
VERSION_ATTRIBUTE = "record_version"


def latest_history(instance):
    """The record's most recent history row, or None if none was ever written."""
    return get_history_manager_for_model(instance).select_related("history_user").first()


def version_of(instance) -> str:
    """The record's version as a form or a file carries it: '' before any history row."""
    latest = latest_history(instance)
    return str(latest.pk) if latest else ""


def with_versions(queryset):
    """The records, each with its version in ``VERSION_ATTRIBUTE``: one subquery, so an
    export of thousands of records reads them in the same number of queries. The history's
    own ordering (latest first) picks the row, as ``latest_history`` does."""
    history = get_history_manager_for_model(queryset.model)
    latest = (history.filter(**{get_app_model_primary_key_name(queryset.model): OuterRef("pk")})
              .order_by(*history.model._meta.ordering).values("pk")[:1])
    return queryset.annotate(**{VERSION_ATTRIBUTE: Subquery(latest)})


def current_record(instance):
    """The record as saved now, locked until this save ends where the database can; None
    when it has been deleted."""
    model = type(instance)
    records = model._default_manager.all()
    if transaction.get_connection(router.db_for_write(model)).in_atomic_block:
        records = records.select_for_update()
    return records.filter(pk=instance.pk).first()


def changed_since(current, seen) -> object | None:
    """The history row of a change made to ``current`` after the version ``seen`` ('' when
    none was seen), or None when the record is as seen (or deleted, or without history)."""
    latest = latest_history(current) if current is not None else None
    if latest is None or str(latest.pk) == str(seen or ""):
        return None
    return latest


def changed_by(latest) -> dict:
    """Who made a change and when, as the refusals print them."""
    return {
        "who": latest.history_user or _("someone (not recorded)"),
        "when": formats.date_format(timezone.localtime(latest.history_date), "DATETIME_FORMAT"),
    }
