"""The two-factor pages in French. Their strings reach the French catalog with the next
merge of locale/ (the branch that added them left the catalog to its keeper): until the
catalog has them, these tests are skipped and say so."""
import polib
import pytest
from django.urls import reverse

from tests.accounts.conftest import password_only
from tests.i18n.test_catalog import CATALOG
from tests.second_factor import authenticator

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(polib.pofile(str(CATALOG)).find("Set up two-factor sign-in") is None,
                       reason="the French catalog does not have the two-factor pages yet"),
]

FRENCH = {"HTTP_ACCEPT_LANGUAGE": "fr-FR,fr;q=0.9"}


def french(client, url: str) -> str:
    page = client.get(url, **FRENCH).content.decode()
    assert '<html lang="fr"' in page
    return page


def test_enrolment_is_in_french(unverified_editor):
    page = french(unverified_editor, reverse("two_factor:enrol"))
    assert "Configurer la connexion en deux étapes" in page
    assert "Set up two-factor sign-in" not in page
    assert "Activer la connexion en deux étapes" in page


def test_the_code_page_and_its_pause_are_in_french(unverified_editor, editor, settings):
    authenticator(editor)
    page = french(unverified_editor, reverse("two_factor:verify"))
    assert "Connexion en deux étapes" in page and "Vérifier" in page
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        answer = unverified_editor.post(reverse("two_factor:verify"), {"code": "abc"}, **FRENCH)
    assert "trop de codes erronés" in answer.content.decode()


def test_the_enrolled_page_is_in_french(editor_client):
    page = french(editor_client, reverse("two_factor:enrol"))
    assert "La connexion en deux étapes est activée pour votre compte" in page


def test_a_viewer_is_offered_it_in_french(viewer):
    page = french(password_only(viewer), reverse("two_factor:enrol"))
    assert "Vous pouvez vous connecter avec un code" in page
