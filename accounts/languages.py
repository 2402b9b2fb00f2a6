"""Which language a reader's pages are in: the signed-in user's saved choice, else what
Django's LocaleMiddleware found (the switcher's cookie, then the browser's Accept-Language,
then LANGUAGE_CODE). One place reads and writes the choice: the middleware and the switcher."""
from django.conf import settings

from accounts.models import LanguagePreference

# In the session: (user id, language or "" when none is saved), so that the preference is read
# from the database once a session, not once a page; a new sign-in of another user reads again.
SESSION_KEY = "accounts_language"


def supported(code: str) -> bool:
    return code in dict(settings.LANGUAGES)


def saved_language(request) -> str:
    """The signed-in user's saved language, or "" when they have saved none."""
    user = request.user
    remembered = request.session.get(SESSION_KEY)
    if isinstance(remembered, list) and len(remembered) == 2 and remembered[0] == user.pk:
        return remembered[1]
    language = (LanguagePreference.objects.filter(user=user)
                .values_list("language", flat=True).first() or "")
    request.session[SESSION_KEY] = [user.pk, language]
    return language


def save_language(request, language: str) -> None:
    """Remember the choice for the signed-in user (in the database and this session)."""
    LanguagePreference.objects.update_or_create(user=request.user,
                                                defaults={"language": language})
    request.session[SESSION_KEY] = [request.user.pk, language]
