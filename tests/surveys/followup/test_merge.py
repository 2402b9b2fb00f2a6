"""Reminder templates with a budget: text, merge fields and {% if %} alone, within limits of
length, merge fields and output, refused in plain words when saved and when filled in."""
import time

import pytest
from django.core.exceptions import ValidationError
from django.template import TemplateSyntaxError
from django.urls import reverse
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from surveys.followup import merge
from surveys.followup.reminders import ReminderRefused, ReminderWriter
from surveys.followup.wording import DEFAULT_TEMPLATES
from surveys.models import ReminderTemplate
from surveys.models.followup import MERGE_FIELDS

ALLOWED = "A reminder's text holds plain text, merge fields written {{ field }}"

HOSTILE = [
    pytest.param('{% for a in "xxxxxxxxxx"|center:"1000" %}{% for b in "yyyyyyyyyy"|center:'
                 '"1000" %}{% for c in "z"|center:"1000" %}{{ mission }}{% endfor %}'
                 '{% endfor %}{% endfor %}', "The tag {% for %} cannot be used in a reminder",
                 id="nested loops"),
    pytest.param('{{ mission|ljust:"1000000" }}',
                 "filters such as |ljust cannot be used in a reminder", id="padding filter"),
    pytest.param('{{ mission|center:"1000000"|rjust:"1000000" }}',
                 "filters such as |center cannot be used", id="filters in a chain"),
    pytest.param("{% widthratio 1 1 1000000000 %}",
                 "The tag {% widthratio %} cannot be used in a reminder", id="widthratio"),
    pytest.param("{% lorem 1000000 w %}", "The tag {% lorem %} cannot be used", id="lorem"),
    pytest.param("{% with m=mission %}{{ m }}{% endwith %}",
                 "The tag {% with %} cannot be used", id="with"),
    pytest.param("{% load static %}{{ mission }}", "The tag {% load %} cannot be used",
                 id="load"),
    pytest.param("{% if mission|ljust:'1000000' %}x{% endif %}",
                 "may only name merge fields, joined by not, and, or", id="filter in if"),
    pytest.param('{% if mission == "x" %}x{% endif %}',
                 "may only name merge fields, joined by not, and, or", id="comparison"),
    pytest.param("{{ mission.upper }}", "{{ mission.upper }} is not a merge field",
                 id="lookup"),
    pytest.param("{# a note to self #}{{ mission }}", "Comments, written {# … #}, cannot be",
                 id="comment"),
    pytest.param("{% if mission %}" * 4 + "x" + "{% endif %}" * 4,
                 "Conditions may be nested 3 deep at most", id="deep conditions"),
    pytest.param("{% endif %}", "{% endif %} has no {% if %} before it", id="stray endif"),
    pytest.param("{{ purpose }} " * 201, "This text has 201 merge fields and tags; a "
                 "reminder's text may have 200 at most", id="too many fields"),
    pytest.param("{%" * 5000, "This text has 5000 merge fields and tags", id="openings"),
]


@pytest.mark.parametrize("text", [text for language in DEFAULT_TEMPLATES.values()
                                  for text in language.values()])
def test_the_notes_wording_is_within_the_rules(text):
    assert merge.template_errors(text) == ""


@pytest.mark.parametrize("body, message", HOSTILE)
def test_a_hostile_template_is_refused_at_once_in_plain_words(body, message):
    started = time.perf_counter()
    error = merge.template_errors(body)

    assert time.perf_counter() - started < 0.1
    assert message in error


@pytest.mark.django_db
@pytest.mark.parametrize("body, message", HOSTILE)
def test_a_hostile_template_cannot_be_saved(world, body, message):
    template = ReminderTemplate.objects.get(language="en")
    template.body = body

    with pytest.raises(ValidationError) as refused:
        template.full_clean()
    said = " ".join(refused.value.message_dict["body"])
    assert message in said
    if "merge fields and tags" not in message:
        assert ALLOWED in said


@pytest.mark.django_db
def test_a_template_over_the_length_of_a_text_is_refused(world):
    template = ReminderTemplate.objects.get(language="en")
    template.body = "x" * (merge.TEXT_LIMIT + 1)

    assert "a reminder's text may have 10000 at most" in merge.template_errors(template.body)
    with pytest.raises(ValidationError):
        template.full_clean()


@pytest.mark.django_db
@pytest.mark.parametrize("body, message", [
    ('{% for a in "x"|center:"999" %}{% for b in "y"|center:"999" %}{{ mission }}'
     "{% endfor %}{% endfor %}", "The tag {% for %} cannot be used in a reminder"),
    ('Dear {{ addressee|ljust:"1000000" }}', "filters such as |ljust cannot be used"),
])
def test_the_admin_refuses_a_hostile_template_with_its_message(world, admin_client_signed,
                                                               body, message):
    template = ReminderTemplate.objects.get(language="en")
    url = reverse("admin:surveys_remindertemplate_change", args=[template.pk])

    page = admin_client_signed.post(url, {
        "language": "en", "subject": template.subject, "body": body,
        "seen_version": template.history.first().pk})

    assert page.status_code == 200
    assert message in page.content.decode()
    template.refresh_from_db()
    assert template.body == DEFAULT_TEMPLATES["en"]["body"]


@pytest.mark.django_db
def test_the_admin_says_what_a_reminder_may_hold(world, admin_client_signed):
    template = ReminderTemplate.objects.get(language="en")

    page = admin_client_signed.get(
        reverse("admin:surveys_remindertemplate_change", args=[template.pk]))

    assert "which name merge fields joined by not, and, or" in page.content.decode()


@pytest.mark.django_db
def test_a_hostile_template_written_to_the_database_is_refused_when_filled_in(
        world, viewer_client):
    ReminderTemplate.objects.filter(language="fr").update(
        body='{% for a in "x"|center:"100000" %}{{ mission|ljust:"1000000" }}{% endfor %}')

    started = time.perf_counter()
    page = viewer_client.get(reverse("surveys:followup_reminder_pdf", args=["BBB", 1]),
                             follow=True)

    assert time.perf_counter() - started < 5  # a page, not a hung worker
    assert page.status_code == 200
    said = page.content.decode()
    assert "The reminder template in French cannot be used until an Administrator" in said
    assert "The tag {% for %} cannot be used in a reminder" in said


@pytest.mark.django_db
def test_a_template_whose_output_is_over_budget_is_refused_at_save_and_at_fill(
        world, editor):
    letter = world["letter"]
    letter.purpose_clause = "in which he sought views " + "on migration " * 700  # ~9,100
    letter.save()
    body = "{{ purpose }}\n\n" * 4
    template = ReminderTemplate.objects.get(language="en")
    template.body = body

    with pytest.raises(ValidationError) as refused:
        template.full_clean()
    assert "Filled in, this text would have" in refused.value.message_dict["body"][0]
    assert "a reminder's text may have 30000 at most" in refused.value.message_dict["body"][0]

    ReminderTemplate.objects.filter(language="en").update(body=body)
    with pytest.raises(ReminderRefused, match="Filled in, this text would have"):
        ReminderWriter(letter, editor).reminder(world["DDD"])


def test_the_engine_knows_the_if_tag_alone():
    """The engine drops Django's built-in tags and filters through Engine.default_builtins,
    which Django does not document: this fails if that ever stops working."""
    [library] = merge.ENGINE.template_builtins
    assert set(library.tags) == {"if"} and library.filters == {}
    for text in ("{% for a in b %}{% endfor %}", '{{ mission|ljust:"9" }}',
                 "{% widthratio 1 1 9 %}", "{% include 'base.html' %}"):
        with pytest.raises(TemplateSyntaxError):
            merge.ENGINE.from_string(text)


# Random texts made of the pieces a reminder may hold, read by a small interpreter of their
# own: each is accepted and fills in as the interpreter says, within the budget.

FIELDS = sorted(MERGE_FIELDS)
plain = st.text(st.characters(blacklist_characters="{}%#\x00", blacklist_categories=("Cs",)),
                max_size=30)
field = st.sampled_from(FIELDS)
condition = st.recursive(
    field, lambda inner: st.one_of(
        inner.map(lambda c: f"not {c}"),
        st.tuples(inner, st.sampled_from(["and", "or"]), inner).map(" ".join)),
    max_leaves=4)


def blocks(depth: int):
    pieces = [plain.map(lambda text: ("text", text)), field.map(lambda name: ("var", name))]
    if depth < merge.NESTING_LIMIT:
        inner = st.lists(st.deferred(lambda: blocks(depth + 1)), max_size=3)
        pieces.append(st.tuples(
            st.just("if"), st.lists(st.tuples(condition, inner), min_size=1, max_size=3),
            st.one_of(st.none(), inner)))
    return st.one_of(*pieces)


def split(words: list[str], separator: str) -> list[list[str]]:
    groups = [[]]
    for word in words:
        if word == separator:
            groups.append([])
        else:
            groups[-1].append(word)
    return groups


def truth(condition: str, values) -> bool:
    """A condition as Django's {% if %} reads it, with no parentheses: "or" binds least,
    then "and", then "not"."""
    return any(all(bool(values[term[-1]]) ^ (len(term) % 2 == 0) for term in split(group, "and"))
               for group in split(condition.split(), "or"))


def source(block) -> str:
    kind = block[0]
    if kind == "text":
        return block[1]
    if kind == "var":
        return f"{{{{ {block[1]} }}}}"
    text = ""
    for n, (condition_, inner) in enumerate(block[1]):
        text += f"{{% {'elif' if n else 'if'} {condition_} %}}"
        text += "".join(source(b) for b in inner)
    if block[2] is not None:
        text += "{% else %}" + "".join(source(b) for b in block[2])
    return text + "{% endif %}"


def output(block, values, printed: list[str]) -> str:
    kind = block[0]
    if kind == "text":
        return block[1]
    if kind == "var":
        printed.append(block[1])
        return values[block[1]]
    for condition_, inner in block[1]:
        if truth(condition_, values):
            return "".join(output(b, values, printed) for b in inner)
    return "".join(output(b, values, printed) for b in block[2] or [])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(blocks(0), max_size=6),
       st.fixed_dictionaries({name: st.sampled_from(["", "a value", "«\u00a0été\u00a0»"])
                              for name in FIELDS}))
def test_any_text_of_allowed_pieces_is_accepted_and_fills_in_within_budget(text, values):
    template = "".join(source(block) for block in text)
    assume(len(merge.OPENING.findall(template)) <= merge.PIECE_LIMIT)
    printed = []
    expected = "".join(output(block, values, printed) for block in text)
    empty = [name for name in dict.fromkeys(printed) if not values[name]]

    assert merge.template_errors(template) == ""
    started = time.perf_counter()
    try:
        result = merge.fill(template, values)
    except merge.MissingFields as missing:
        assert missing.names == empty
    else:
        assert not empty and result == expected and len(result) <= merge.OUTPUT_LIMIT
    assert time.perf_counter() - started < 0.5
