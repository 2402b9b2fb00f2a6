"""Token authentication against the stored digests, for scripts."""
import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from api.models import Token

# last_used is a hint for revoking forgotten tokens: write it at most once a minute, not on
# every request of a script paging through the responses.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)


class TokenAuthentication(authentication.TokenAuthentication):
    """``Authorization: Token <key>``; the key is looked up by its SHA-256.

    Being the first authentication class, it also makes an anonymous request a 401 with
    ``WWW-Authenticate: Token`` rather than a 403.
    """

    model = Token

    def authenticate_credentials(self, key):
        try:
            token = Token.objects.for_key(key)
        except Token.DoesNotExist:
            raise exceptions.AuthenticationFailed(_("Invalid token.")) from None
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("User inactive or deleted."))
        now = timezone.now()
        if token.last_used is None or now - token.last_used > LAST_USED_PRECISION:
            Token.objects.filter(pk=token.pk).update(last_used=now)
        return token.user, token
