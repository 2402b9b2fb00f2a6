"""The tokens scripts sign in to the API with."""
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

PREFIX_LENGTH = 8


def digest_of(key: str) -> str:
    """What is stored of a key: its SHA-256, so that a copy of the database opens nothing."""
    return hashlib.sha256(key.encode()).hexdigest()


class TokenQuerySet(models.QuerySet):
    def issue(self, *, user, description: str = "") -> tuple["Token", str]:
        """A new token of ``user`` and its key, which is shown once and never stored."""
        token = self.model(user=user, description=description)
        key = token.set_new_key()
        token.save()
        return token, key

    def for_key(self, key: str) -> "Token":
        return self.select_related("user").get(digest=digest_of(key))


class Token(models.Model):
    """A key a user's scripts send as ``Authorization: Token <key>``; revoked by deleting it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, related_name="api_tokens",
        verbose_name=_("user"),
    )
    description = models.CharField(
        _("description"), max_length=100, blank=True,
        help_text=_("What the token is for, e.g. “yearly statistics script”."),
    )
    prefix = models.CharField(
        _("key begins with"), max_length=PREFIX_LENGTH, editable=False,
        help_text=_("The first characters of the key, to tell tokens apart."),
    )
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    last_used = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)

    objects = TokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.prefix}… ({self.user})"

    def set_new_key(self) -> str:
        """Give the token a new random key and return it: the one time it is readable."""
        key = secrets.token_urlsafe(30)
        self.prefix, self.digest = key[:PREFIX_LENGTH], digest_of(key)
        return key
