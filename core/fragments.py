"""Parts of a page rendered once and kept in the shared cache (``core.dataversion.cached``):
HTML and plain values, which the cache hands back quickly, never the records behind them."""
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe


def rendered(template_name: str, context: dict, request=None) -> SafeString:
    """The project's template rendered to HTML that is printed as it is: our own templates
    escape what they print, so the result needs no escaping again."""
    return mark_safe(render_to_string(template_name, context, request))
