"""Which kinds of illustrative record a page rests on, so that its notice names each one.

A page's figures can rest on made-up replies (who replied, and what each said), made-up
policy views (paras 3-4's percentages) and made-up Permanent Missions (the follow-up's
addresses). A notice that says "responses" where the percentages rest on 652 made-up policy
views misleads, so every notice lists the kinds behind what its page shows
(templates/includes/illustrative_notice.html), and each page says which from its own
records. Contacts with missions are entered by staff and have no illustrative flag.
"""
from django.utils.translation import gettext as _

REPLIES, POLICY_VIEWS, MISSIONS = "replies", "policy_views", "missions"


def illustrative_kinds(*, replies: bool = False, policy_views: bool = False,
                       missions: bool = False) -> tuple[str, ...]:
    """The kinds of illustrative record present, in the notice's order."""
    present = ((REPLIES, replies), (POLICY_VIEWS, policy_views), (MISSIONS, missions))
    return tuple(kind for kind, is_present in present if is_present)


def running_notice(kinds: tuple[str, ...]) -> str:
    """The one-line notice at the head of every page of the summary's PDF and of the Word
    draft, naming the policy views where paras 3-4 rest on them."""
    if POLICY_VIEWS in kinds:
        return _("Illustrative data: which Governments replied, what each said and each "
                 "Government's policy are made up; the counts and percentages reproduce the "
                 "reports'.")
    return _("Illustrative data: which Governments replied, and what each said, is made up; "
             "the counts reproduce the reports'.")
