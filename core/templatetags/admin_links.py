"""Links from the pages into the admin, for the users allowed to follow them."""
from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode

register = template.Library()


@register.inclusion_tag("includes/edit_link.html", takes_context=True)
def edit_link(context, record):
    """"Edit" to the record's admin change form, coming back here after saving; nothing for
    users who may not change it, or for a record the admin does not manage."""
    request = context.get("request")
    user = getattr(request, "user", None)
    meta = record._meta
    href = ""
    # Only staff work in the admin; asking them alone spares Viewers the permission queries.
    permission = f"{meta.app_label}.change_{meta.model_name}"
    if user is not None and user.is_staff and user.has_perm(permission):
        try:
            change = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])
            href = f"{change}?{urlencode({'next': request.get_full_path()})}"
        except NoReverseMatch:
            href = ""
    return {"href": href, "record": record}
