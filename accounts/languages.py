"""Which language a reader's pages are in: the signed-in user's saved choice, else what
Django's LocaleMiddleware found (the switcher's cookie, then the browser's Accept-Language,
then LANGUAGE_CODE). One place reads and writes the choice: the middleware and the switcher."""
from django.conf import settings

from accounts.models import LanguagePreference

# In the session: (user id, language or "" when none is saved), written at sign-in, so that a
# page reads no more than the session it reads anyway; a session from before that (or of
# another user) reads the preference once and keeps it.
SESSION_KEY = "accounts_language"


def supported(code: str) -> bool:
    return code in dict(settings.LANGUAGES)


def remember_for_session(request, user) -> str:
    language = (LanguagePreference.objects.filter(user=user)
                .values_list("language", flat=True).first() or "")
    request.session[SESSION_KEY] = [user.pk, language]
    return language


def remember_on_sign_in(sender, request, user, **kwargs):
    """user_logged_in: the saved language into the new session (accounts.apps)."""
    if request is not None and hasattr(request, "session"):
        remember_for_session(request, user)


def saved_language(request) -> str:
    """The signed-in user's saved language, or "" when they have saved none."""
    user = request.user
    remembered = request.session.get(SESSION_KEY)
    if isinstance(remembered, list) and len(remembered) == 2 and remembered[0] == user.pk:
        return remembered[1]
    return remember_for_session(request, user)


def save_language(request, language: str) -> None:
    """Remember the choice for the signed-in user (in the database and this session)."""
    LanguagePreference.objects.update_or_create(user=request.user,
                                                defaults={"language": language})
    request.session[SESSION_KEY] = [request.user.pk, language]
