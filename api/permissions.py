"""Who may read the API: as on the pages, every signed-in user, whatever the role."""
from rest_framework.permissions import BasePermission


class SignedIn(BasePermission):
    """Signed in, by session or token: Viewers, Editors and Administrators read every page alike.

    The API only reads (its views answer GET, HEAD and OPTIONS; anything else is 405):
    records are written in the admin, where the roles' model permissions apply.
    """

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated)
