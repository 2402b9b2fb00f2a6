"""The two-factor pages: enrolment with its QR code, the code at each sign-in, and for a user
who has enrolled, the page saying so (accounts.twofactor)."""
from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render, resolve_url
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django_otp import login as verified_by
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.twofactor import devices, throttle
from accounts.twofactor.forms import CodeForm, EnrolForm
from accounts.twofactor.middleware import ENROLLED


def next_address(request) -> str:
    """Where to go once verified: the page that sent the user here when it is on this site."""
    target = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def private(response: HttpResponse) -> HttpResponse:
    """A page holding a key or recovery codes is kept by no cache."""
    add_never_cache_headers(response)
    return response


class EnrolView(View):
    """Enrolment: the QR code of a new key and the form for its first code. Confirmed, the
    answer shows the recovery codes once. A user who has enrolled sees that they have."""

    def get(self, request):
        user = request.user
        if user.is_verified():
            return render(request, "accounts/two_factor/enrolled.html")
        if devices.is_enrolled(user):
            return step(request, "two_factor:verify")
        return self.enrolment(request, EnrolForm())

    def post(self, request):
        user = request.user
        if devices.is_enrolled(user):
            return step(request, "two_factor:verify")
        form = EnrolForm(request.POST)
        device = devices.pending_device(user)
        codes = devices.confirm(device, form.cleaned_data["code"]) if form.is_valid() else None
        if codes is None:
            if form.is_valid():
                form.add_error("code", _("That code is not the one the app shows now. Check "
                                         "that the app has this key, and type its new code."))
            return self.enrolment(request, form)
        verified_by(request, device)
        request.session[ENROLLED] = True
        return private(render(request, "accounts/two_factor/recovery_codes.html",
                              {"codes": codes, "next": next_address(request)}))

    def enrolment(self, request, form):
        device = devices.pending_device(request.user)
        return private(render(request, "accounts/two_factor/enrol.html", {
            "form": form, "secret": devices.secret(device), "next": next_address(request),
            "required": devices.must_use_second_factor(request.user),
        }))


def step(request, name: str) -> HttpResponseRedirect:
    """The other two-factor page, keeping the address to go back to."""
    query = request.GET.urlencode()
    return HttpResponseRedirect(reverse(name) + (f"?{query}" if query else ""))


def qr_code(request):
    """The key being enrolled as an SVG QR code (only its owner's, only until confirmed)."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).order_by("pk").first()
    if device is None:
        raise Http404(_("There is no key being set up."))
    return private(HttpResponse(devices.qr_code_svg(device), content_type="image/svg+xml"))


class VerifyView(View):
    """The code asked at each sign-in, from the app or a recovery code. Wrong codes count as
    wrong passwords (accounts.twofactor.throttle)."""

    def get(self, request):
        user = request.user
        if user.is_verified():
            return HttpResponseRedirect(next_address(request))
        if not devices.is_enrolled(user):
            return step(request, "two_factor:enrol")
        if throttle.is_paused(request):
            return paused(request)
        return self.form_page(request, CodeForm())

    def post(self, request):
        if not devices.is_enrolled(request.user):
            return step(request, "two_factor:enrol")
        if throttle.is_paused(request):
            return paused(request)
        form = CodeForm(request.POST)
        device = (devices.matching_device(request.user, form.cleaned_data["code"])
                  if form.is_valid() else None)
        if device is None:
            if form.is_valid():
                throttle.record_wrong_code(request)
                form.add_error("code", _("That code is not right. Type the code the app shows "
                                         "now, or an unused recovery code."))
            return self.form_page(request, form)
        verified_by(request, device)
        throttle.forget_wrong_codes(request)
        return HttpResponseRedirect(next_address(request))

    def form_page(self, request, form):
        return render(request, "accounts/two_factor/verify.html",
                      {"form": form, "next": next_address(request)})


def paused(request) -> HttpResponse:
    """The page django-axes shows after too many wrong passwords, with the same status."""
    return render(request, settings.AXES_LOCKOUT_TEMPLATE,
                  status=getattr(settings, "AXES_HTTP_RESPONSE_CODE", 429))
