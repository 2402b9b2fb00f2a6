from django import forms
from django.utils.translation import gettext_lazy as _

from api.models import Token


class TokenForm(forms.ModelForm):
    """A new token: what it is for. The key is made by the tracker, not typed."""

    class Meta:
        model = Token
        fields = ["description"]
        labels = {"description": _("What is the token for?")}
