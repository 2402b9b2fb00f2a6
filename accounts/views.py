"""A user's own settings, saved from the pages."""
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View

from accounts.columns import NAME, save_hidden_columns
from accounts.languages import save_language, supported


def safe_next(request, fallback: str) -> str:
    """The form's next address when it is on this site, else ``fallback``."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return fallback


class TableColumnsView(View):
    """Saves the columns a table shows the user (its "Columns" form), then goes back."""

    http_method_names = ["post"]

    def post(self, request):
        table = request.POST.get("table", "")
        if not NAME.match(table):
            return HttpResponseBadRequest(_("Unknown table."))
        if "reset" in request.POST:
            save_hidden_columns(request.user, table, None)
        else:
            offered = request.POST.getlist("offered")
            shown = set(request.POST.getlist("show"))
            save_hidden_columns(request.user, table, [c for c in offered if c not in shown])
        return HttpResponseRedirect(safe_next(request, reverse("surveys:home")))


@method_decorator(login_not_required, name="dispatch")
class LanguageView(View):
    """The header's language switcher (includes/language_switcher.html): the pages in the
    chosen language from now on, remembered for a signed-in user (accounts.languages) and,
    for everyone, in Django's language cookie, which LocaleMiddleware reads before the
    browser's Accept-Language. The sign-in page has it too, so it is open to everyone."""

    http_method_names = ["post"]

    def post(self, request):
        response = HttpResponseRedirect(safe_next(request, reverse("surveys:home")))
        language = request.POST.get("language", "")
        if not supported(language):
            messages.error(request, _("That language is not offered; choose English or French."))
            return response
        if request.user.is_authenticated:
            save_language(request, language)
        translation.activate(language)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME, language,
            max_age=settings.LANGUAGE_COOKIE_AGE, path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN, secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
        return response
