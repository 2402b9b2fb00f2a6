"""Error pages speak plain words inside the site's frame."""
import pytest
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.views.defaults import permission_denied

pytestmark = pytest.mark.django_db


def test_an_unknown_address_gets_a_plain_404_page(viewer_client):
    response = viewer_client.get("/governments/XXX/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "There is no page at this address" in content
    assert 'class="site-header"' in content


def test_a_refusal_says_whom_to_ask(rf, viewer):
    request = rf.get("/")
    request.user = viewer
    response = permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert "ask an administrator" in response.content.decode()


def test_the_500_page_renders_without_a_request():
    assert "Something went wrong on our side" in render_to_string("500.html")
