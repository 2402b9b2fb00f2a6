"""The follow-up of the letters: the follow-up list as its page draws it, the Permanent
Missions, and the contacts logged with them."""
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound

from api import filters as api_filters
from api.serializers import followup as serializers
from api.views.base import ISO3, ListViewSet, RecordViewSet
from surveys.followup.filters import FollowUpFilter
from surveys.followup.forms import chosen_round
from surveys.followup.reminders import rests_on_illustrative
from surveys.followup.tables import FollowUpTable
from surveys.followup.views import follow_up_rows
from surveys.models import FollowUp, Government, PermanentMission
from surveys.querysets import follow_up_is_illustrative


class FollowUpViewSet(ListViewSet):
    """The follow-up list (the page /follow-up/): the recipients of a letter with no reply to
    it received by a day, with the days since the letter, the reminders sent, the last
    contact, the next action and whether it is overdue.

    The filters are the page's, with the same names and values: `letter` (the latest by
    default) and `as_of` (today by default) choose the round and the day, the others narrow
    the rows. `ordering` takes the sortable columns of the page's table.
    """

    queryset = Government.objects.none()  # the schema's model: the rows are drawn per request
    serializer_class = serializers.FollowUpRowSerializer
    filterset_class = FollowUpFilter
    table_class = FollowUpTable

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # describing the API reads no letter
            return self.queryset
        # As the page: a letter or day that cannot be used is replaced by its default here,
        # and the FilterSet then refuses it (400) with the page's message.
        self.letter, self.as_of = chosen_round(self.request.query_params)
        if self.letter is None:
            raise NotFound(_("No letter has been recorded yet: there is nobody to follow up."))
        return follow_up_rows(self.letter, self.as_of)

    @cached_property
    def replies_are_illustrative(self) -> bool:
        """Whether a reply to the letter is illustrative, asked once a request, as the page."""
        return rests_on_illustrative(self.letter)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if hasattr(self, "letter"):
            context.update(letter=self.letter, as_of=self.as_of,
                           replies_are_illustrative=self.replies_are_illustrative)
        return context

    def is_illustrative(self, record) -> bool:
        return follow_up_is_illustrative(
            record, replies_are_illustrative=self.replies_are_illustrative)


class MissionViewSet(RecordViewSet):
    """The Permanent Missions the letters and reminders are addressed to, each at its
    Government's ISO code, with its language of correspondence and addressee lines."""

    queryset = PermanentMission.objects.select_related("government")
    serializer_class = serializers.MissionSerializer
    filterset_class = api_filters.MissionFilter
    lookup_field = "government__iso3"
    lookup_url_kwarg = "iso3"
    lookup_value_regex = ISO3


class ContactViewSet(RecordViewSet):
    """The contacts logged with the missions about the letters they have not answered (each
    Government's follow-up log), the latest first."""

    queryset = FollowUp.objects.select_related("government__mission", "letter", "officer")
    serializer_class = serializers.ContactSerializer
    filterset_class = api_filters.ContactFilter

    def is_illustrative(self, record) -> bool:
        return serializers.contact_is_illustrative(record)
