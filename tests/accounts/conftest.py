"""Users signed in with a password only: the tests of the second factor itself. (The shared
clients of tests/conftest.py have passed it already.)"""
import pytest

from tests.conftest import password_only


@pytest.fixture
def unverified_editor(editor):
    return password_only(editor)


@pytest.fixture
def unverified_administrator(administrator):
    return password_only(administrator)
