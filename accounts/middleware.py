"""The signed-in user's saved language for the whole request (after LocaleMiddleware, which
chose from the cookie or Accept-Language, and after AuthenticationMiddleware)."""
from django.utils import translation

from accounts.languages import saved_language, supported


class UserLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            language = saved_language(request)
            if supported(language):
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
