from django import forms
from django.utils.translation import gettext_lazy as _


class EnrolForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the app"), max_length=10,
        help_text=_("The six digits the app shows for this tracker."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                      "autofocus": True}),
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"), max_length=20,
        help_text=_("The six digits your authenticator app shows, or one of your recovery "
                    "codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )
