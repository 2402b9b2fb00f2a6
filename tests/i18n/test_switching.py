"""Which language the pages are in: the browser's Accept-Language by default, the header's
switcher (accounts.views.LanguageView) from then on, remembered for a signed-in user over
Accept-Language and across sign-out and sign-in; never a 500 and never off-site."""
import pytest
from django.conf import settings
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, translation

from accounts.models import LanguagePreference
from core.middleware import unavailable
from tests.second_factor import verified

pytestmark = pytest.mark.django_db

SWITCH = reverse("set_language")
HOME = reverse("surveys:home")


def language_of(response) -> str:
    """The page's html lang, and that it agrees with the Content-Language header."""
    html = response.content.decode()
    start = html.index("<html lang=\"") + len("<html lang=\"")
    lang = html[start:html.index("\"", start)]
    assert response["Content-Language"] == lang
    return lang


def test_accept_language_chooses_french_and_english_stays_the_default(viewer_client):
    french = viewer_client.get(HOME, HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9,en;q=0.5")
    assert language_of(french) == "fr"
    assert "Tableau de bord" in french.content.decode()
    assert "Vary" in french and "Accept-Language" in french["Vary"]
    for header in ({}, {"HTTP_ACCEPT_LANGUAGE": "de"}, {"HTTP_ACCEPT_LANGUAGE": "en-GB"}):
        english = viewer_client.get(HOME, **header)
        assert language_of(english) == "en"
        assert "Dashboard" in english.content.decode()


def test_the_header_offers_the_switcher_with_csrf_and_the_page_to_come_back_to(viewer_client):
    html = viewer_client.get(reverse("surveys:government_list") + "?region=Africa").content.decode()
    form = html[html.index('<form method="post" action="' + SWITCH + '"'):]
    form = form[:form.index("</form>")]
    assert 'name="csrfmiddlewaretoken"' in form
    assert 'name="next" value="/governments/?region=Africa"' in form
    assert 'value="fr" lang="fr"' in form and ">Français</button>" in form
    assert 'value="en" lang="en"' in form and 'aria-pressed="true">English</button>' in form


def test_the_choice_is_saved_and_wins_over_accept_language_after_signing_out_and_in(viewer):
    browser = Client()
    browser.force_login(viewer)
    answer = browser.post(SWITCH, {"language": "fr", "next": "/governments/"})
    assert answer.status_code == 302 and answer["Location"] == "/governments/"
    assert LanguagePreference.objects.get(user=viewer).language == "fr"
    assert language_of(browser.get(HOME, HTTP_ACCEPT_LANGUAGE="en")) == "fr"

    browser.logout()
    another = Client()  # another computer: no cookie, an English browser
    another.force_login(viewer)
    assert language_of(another.get(HOME, HTTP_ACCEPT_LANGUAGE="en")) == "fr"
    another.post(SWITCH, {"language": "en", "next": HOME})
    assert language_of(another.get(HOME, HTTP_ACCEPT_LANGUAGE="fr")) == "en"
    assert LanguagePreference.objects.get(user=viewer).language == "en"


def test_one_users_choice_is_not_anothers(viewer, editor):
    LanguagePreference.objects.create(user=viewer, language="fr")
    browser = Client()
    browser.force_login(viewer)
    assert language_of(browser.get(HOME)) == "fr"
    browser.force_login(editor)  # the same browser, another user who chose nothing
    verified(browser, editor)
    assert language_of(browser.get(HOME)) == "en"


def test_the_saved_choice_is_read_at_sign_in_not_by_the_pages(viewer):
    LanguagePreference.objects.create(user=viewer, language="fr")
    browser = Client()
    browser.force_login(viewer)
    with CaptureQueriesContext(connection) as queries:
        assert language_of(browser.get(reverse("core:help"))) == "fr"
    assert not [q for q in queries if "accounts_languagepreference" in q["sql"]]
    assert not [q for q in queries if q["sql"].startswith("UPDATE")]  # nor writes the session


def test_a_session_from_before_the_switcher_reads_the_choice_once(viewer):
    from accounts.languages import SESSION_KEY

    LanguagePreference.objects.create(user=viewer, language="fr")
    browser = Client()
    browser.force_login(viewer)
    session = browser.session
    del session[SESSION_KEY]
    session.save()
    assert language_of(browser.get(reverse("core:help"))) == "fr"
    with CaptureQueriesContext(connection) as queries:
        assert language_of(browser.get(reverse("core:help"))) == "fr"
    assert not [q for q in queries if "accounts_languagepreference" in q["sql"]]


def test_a_bad_language_is_refused_with_a_message_and_changes_nothing(viewer_client, viewer):
    for bad in ({"language": "xx"}, {"language": ""}, {}, {"language": "fr" * 300},
                {"language": "en-gb"}, {"language": "\x00"}):
        answer = viewer_client.post(SWITCH, {**bad, "next": HOME}, follow=True)
        assert answer.status_code == 200
        assert "That language is not offered" in answer.content.decode()
    assert not LanguagePreference.objects.filter(user=viewer).exists()
    assert viewer_client.get(SWITCH).status_code == 405


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x",
                                    "http:evil.example", "javascript:alert(1)", "", "\\\\evil"])
def test_next_never_leaves_the_site(viewer_client, target):
    answer = viewer_client.post(SWITCH, {"language": "fr", "next": target})
    assert answer.status_code == 302
    assert answer["Location"] == HOME


def test_the_switcher_needs_the_csrf_token(viewer):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(viewer)
    assert browser.post(SWITCH, {"language": "fr", "next": HOME}).status_code == 403
    assert not LanguagePreference.objects.filter(user=viewer).exists()


def test_anyone_switches_on_the_sign_in_page_and_the_cookie_keeps_it():
    browser = Client()
    sign_in = browser.get(reverse("login"))
    assert 'action="' + SWITCH + '"' in sign_in.content.decode()
    answer = browser.post(SWITCH, {"language": "fr", "next": reverse("login")})
    assert answer["Location"] == reverse("login")
    assert answer.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    page = browser.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="en")
    assert language_of(page) == "fr"
    assert "Se connecter" in page.content.decode()
    assert not LanguagePreference.objects.exists()


def test_the_admin_is_in_french_with_its_switcher(administrator):
    LanguagePreference.objects.create(user=administrator, language="fr")
    browser = Client()
    browser.force_login(administrator)
    verified(browser, administrator)
    html = browser.get(reverse("admin:index")).content.decode()
    assert '<html lang="fr"' in html
    assert "Dossiers de l’enquête et des organisations" in html  # the project's site header
    assert "Déconnexion" in html  # Django's own catalog
    assert 'action="' + SWITCH + '"' in html


def test_the_error_pages_follow_the_language_without_a_request():
    with translation.override("fr"):
        server_error = render_to_string("500.html")
        outage = unavailable().content.decode()
    assert '<html lang="fr"' in server_error and "Une erreur s’est produite" in server_error
    assert '<html lang="fr"' in outage and "temporairement indisponible" in outage
    assert '<html lang="en"' in render_to_string("500.html")


def test_the_404_page_is_in_french(viewer_client):
    answer = viewer_client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="fr")
    assert answer.status_code == 404
    assert language_of(answer) == "fr" and "Page introuvable" in answer.content.decode()


def test_english_keeps_its_british_formats():
    """LANGUAGES names "en"; its formats are en_GB's, as the pages had before French."""
    import datetime

    day = datetime.date(2001, 7, 3)
    with translation.override("en"):
        assert formats.date_format(day) == "3 Jul 2001"
        assert formats.date_format(day, "j F Y") == "3 July 2001"
        assert formats.get_format("DATE_INPUT_FORMATS") == ["%Y-%m-%d"]
    with translation.override("fr"):
        assert formats.date_format(day, "j F Y") == "3 juillet 2001"


def test_the_api_documentation_and_schema_follow_the_language(viewer_client):
    docs = viewer_client.get(reverse("api:docs"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<html lang="fr"' in docs and "API du suivi de l’enquête" in docs
    schema = viewer_client.get(reverse("api:schema") + "?format=json", HTTP_ACCEPT_LANGUAGE="fr")
    info = schema.json()["info"]
    assert info["title"].startswith("API du suivi") and "lecture seule" in info["description"]
    english = viewer_client.get(reverse("api:schema") + "?format=json").json()["info"]
    assert english["title"] == "Migration Policy Survey Tracker API"
