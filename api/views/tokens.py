"""The page where each user creates and revokes the tokens of their scripts.

A new token's key is shown once, in the answer to the form, and never stored: only its
SHA-256 is (api.models.Token). Administrators see and revoke everyone's in the admin.
"""
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from api.forms import TokenForm
from api.models import Token


class TokenPageView(TemplateView):
    template_name = "accounts/tokens.html"

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", TokenForm())
        return super().get_context_data(
            tokens=self.request.user.api_tokens.all(), **kwargs
        )

    def post(self, request, *args, **kwargs):
        if "revoke" in request.POST:
            return self.revoke(request.POST["revoke"])
        form = TokenForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        token, key = Token.objects.issue(
            user=request.user, description=form.cleaned_data["description"]
        )
        response = self.render_to_response(self.get_context_data(new_token=token, new_key=key))
        add_never_cache_headers(response)  # the key must not stay in a cache
        return response

    def revoke(self, pk: str):
        if not pk.isdigit():
            return redirect("api_tokens")
        token = get_object_or_404(self.request.user.api_tokens, pk=pk)
        token.delete()
        messages.success(self.request, _("The token %(prefix)s… is revoked: scripts using it "
                                         "are refused from now on.") % {"prefix": token.prefix})
        return redirect("api_tokens")
