"""A user's own settings, saved from the pages."""
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View

from accounts.columns import NAME, save_hidden_columns


class TableColumnsView(View):
    """Saves the columns a table shows the user (its "Columns" form), then goes back."""

    http_method_names = ["post"]

    def post(self, request):
        table = request.POST.get("table", "")
        if not NAME.match(table):
            return HttpResponseBadRequest("Unknown table.")
        if "reset" in request.POST:
            save_hidden_columns(request.user, table, None)
        else:
            offered = request.POST.getlist("offered")
            shown = set(request.POST.getlist("show"))
            save_hidden_columns(request.user, table, [c for c in offered if c not in shown])
        target = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                               require_https=request.is_secure()):
            target = reverse("surveys:home")
        return HttpResponseRedirect(target)
