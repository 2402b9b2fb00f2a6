from django import forms
from django.utils.translation import gettext_lazy as _


class EnrolForm(forms.Form):
    """The first code, typed after scanning. No autofocus: on a phone it would scroll the page
    to the field, past the heading and the steps the reader must follow first."""

    code = forms.CharField(
        label=_("Code from the app"), max_length=10,
        help_text=_("The six digits the app shows for this tracker."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"), max_length=20,
        help_text=_("The six digits your authenticator app shows, or one of your recovery "
                    "codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )
