"""Model fields every app shares."""
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# Free text is limited at entry, well inside an XLSX cell (32,767 characters at most), so that
# no export cuts it short.
LONG_TEXT_LIMIT = 10_000


def long_text(verbose_name, **kwargs) -> models.TextField:
    """A free-text field that holds at most LONG_TEXT_LIMIT characters, said at entry."""
    return models.TextField(
        verbose_name, max_length=LONG_TEXT_LIMIT,
        validators=[MaxLengthValidator(LONG_TEXT_LIMIT, message=_(
            "Keep this text to %(limit_value)s characters at most (it has %(show_value)s), "
            "so that every export holds it whole."))],
        **kwargs,
    )
