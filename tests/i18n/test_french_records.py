"""The records in French: validation errors, table headers, filter labels, exports and the
commands' output read in French, and every figure the same as in English.

Each request is made with ``Accept-Language`` and inside ``translation.override``, so that
it is French whether the language comes from the middleware or from the active language.
"""
import csv
import datetime
import io
import re
from html import unescape

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from import_export.forms import SelectableFieldsExportForm

from organizations.resources import ActivityResource, OrganizationResource
from surveys.models import Code, FollowUp, Government, Letter, Report, Resolution, Response
from surveys.resources import PermanentMissionResource, PolicyViewResource, ResponseResource
from surveys.summary.counts import report_summary
from tests.admin.test_government_form import change_form_data

pytestmark = pytest.mark.django_db


def get(client, url, language, **params):
    with translation.override(language):
        return client.get(url, params, HTTP_ACCEPT_LANGUAGE=language)


def post(client, url, data, language):
    with translation.override(language):
        return client.post(url, data, HTTP_ACCEPT_LANGUAGE=language)


def errors_of(page, field: str, language: str = "fr") -> list[str]:
    """A form's errors on a field as the page showed them (lazy messages read in its language)."""
    with translation.override(language):
        return [str(error) for error in page.context["adminform"].form.errors[field]]


def text_of(html: str) -> str:
    """What a reader sees of some HTML: no tags, no text only a screen reader hears."""
    html = re.sub(r'<span class="visually-hidden">.*?</span>', "", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def column_headers(page) -> list[str]:
    html = page.content.decode()
    return [text_of(cell) for cell in re.findall(r'<th scope="col"[^>]*>(.*?)</th>', html, re.S)]


def filter_labels(page) -> list[str]:
    form = re.search(r'<form method="get" class="filter-form".*?</form>', page.content.decode(),
                     re.S)
    assert form, "the page has no filter form"
    return [text_of(label) for label in re.findall(r"<label[^>]*>(.*?)</label>", form[0], re.S)]


def main_of(page) -> str:
    html = page.content.decode()
    return html[html.index('<main id="main"'):html.index("</main>")]


def numbers_in(html: str) -> list[str]:
    return re.findall(r"\d+", text_of(html))


# Validation errors: French, next to the field, what was typed kept, nothing saved ----------

def test_a_reply_received_before_its_letter_is_refused_in_french(editor_client):
    letter = Letter.objects.get(number=3)
    government = (Government.objects.members_on(letter.sent_on)
                  .exclude(responses__letter=letter).order_by("name").first())
    early = (letter.sent_on - datetime.timedelta(days=1)).isoformat()
    data = {"government": government.pk, "letter": letter.pk, "received_on": early,
            "stance": "in_favour", "summary": "Texte saisi par l'agent",
            "codes": [code.pk for code in Code.objects.filter(topic__slug="nature")]}

    page = post(editor_client, reverse("admin:surveys_response_add"), data, "fr")

    assert page.status_code == 200
    assert errors_of(page, "received_on") == [
        "La réponse ne peut pas avoir été reçue avant l'envoi de la lettre (mars 1999)."]
    html = unescape(page.content.decode())
    assert "Texte saisi par l'agent" in html and f'value="{early}"' in html
    assert not Response.objects.filter(government=government, letter=letter).exists()


def test_codes_outside_the_reply_s_stance_are_refused_in_french(editor_client):
    letter = Letter.objects.get(number=3)
    government = (Government.objects.members_on(letter.sent_on)
                  .exclude(responses__letter=letter).order_by("name").first())
    data = {"government": government.pk, "letter": letter.pk,
            "received_on": (letter.sent_on + datetime.timedelta(days=30)).isoformat(),
            "stance": "reservations",
            "codes": [code.pk for code in Code.objects.filter(topic__slug="nature")]}

    page = post(editor_client, reverse("admin:surveys_response_add"), data, "fr")

    [error] = errors_of(page, "codes")
    assert "n'est compté que parmi les gouvernements favorables (par. 10)" in error
    assert "mais la position de cette réponse est « Réserves »" in error
    assert not Response.objects.filter(government=government, letter=letter).exists()


def test_a_government_s_membership_dates_its_replies_contradict_are_refused_in_french(
        editor_client):
    government = Government.objects.filter(responses__letter__number=1).first()
    url = reverse("admin:surveys_government_change", args=[government.pk])
    data = {**change_form_data(get(editor_client, url, "fr")), "admitted_on": "2000-06-01"}

    page = post(editor_client, url, data, "fr")

    assert page.status_code == 200
    [error] = errors_of(page, "admitted_on")
    named, said = error.split(" a répondu à la lettre de février 1995 ;")
    assert named in {government.name, government.name_fr} and said.startswith(" il était donc")
    assert 'value="2000-06-01"' in page.content.decode()
    government.refresh_from_db()
    assert government.admitted_on != datetime.date(2000, 6, 1)


def test_a_letter_asking_for_a_reply_before_it_was_sent_is_refused_in_french(
        admin_client_signed):
    data = {"number": "4", "sent_on": "2003-03-03", "sent_precision": "day",
            "mandate": Resolution.objects.order_by("-adopted_on").first().pk,
            "purpose": "Avis sur un dialogue de haut niveau.", "reply_by": "2003-01-01",
            "paragraph": ""}

    page = post(admin_client_signed, reverse("admin:surveys_letter_add"), data, "fr")

    assert page.status_code == 200
    assert errors_of(page, "reply_by") == [
        "La date de réponse attendue ne peut pas précéder l'envoi de la lettre."]
    assert "Avis sur un dialogue de haut niveau." in page.content.decode()
    assert not Letter.objects.filter(number=4).exists()


def test_a_letter_is_named_in_french_by_its_month_or_its_day():
    known_to_the_month = Letter.objects.get(number=3)
    known_to_the_day = Letter(number=9, sent_on=datetime.date(2003, 3, 3), sent_precision="day")

    with translation.override("fr"):
        assert str(known_to_the_month) == "Lettre de mars 1999"
        assert str(known_to_the_day) == "Lettre du 3 mars 2003"
    assert str(known_to_the_day) == "Letter of 3 March 2003"


def test_a_contact_is_refused_then_logged_with_french_messages(editor_client, editor):
    letter = Letter.objects.get(number=3)
    government = Government.objects.awaiting_reply_to(letter, timezone.localdate()).first()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    typed = {"government": government.iso3, "letter": letter.number, "kind": "telephone",
             "officer": editor.pk, "outcome": "Le conseiller interrogera la capitale.",
             "next_action": "", "next_action_on": ""}
    url = reverse("surveys:followup_contact_add")

    refused = post(editor_client, url, {**typed, "contacted_on": tomorrow.isoformat()}, "fr")

    assert refused.status_code == 200
    html = unescape(refused.content.decode())
    assert ("Un contact est consigné une fois qu'il a eu lieu : la date ne peut pas être "
            "postérieure à aujourd'hui.") in html
    assert "Le conseiller interrogera la capitale." in html
    assert not FollowUp.objects.filter(government=government, letter=letter).exists()

    with translation.override("fr"):
        logged = editor_client.post(url, {**typed, "contacted_on": timezone.localdate()},
                                    follow=True, HTTP_ACCEPT_LANGUAGE="fr")
        shown = [str(message) for message in logged.context["messages"]]
        name = str(government)  # the name a French reader reads
    assert shown == [f"Le contact avec {name} est consigné."]
    assert FollowUp.objects.filter(government=government, letter=letter).count() == 1


# Table headers and filter labels -----------------------------------------------------------

# Words that are the same in English and French.
SAME_IN_BOTH = {"Codes", "Actions", "Instruments", "Publication", "Protection"}

LISTS = {
    "surveys:government_list": (
        ["Gouvernement", "A répondu", "Dernière position", "Lettres auxquelles il a répondu",
         "Données d'illustration", "Région", "Groupe de développement"],
        ["Le nom contient", "Région", "Sous-région", "Groupe de développement",
         "Réponses comptées par le rapport", "A répondu", "Dernière position",
         "Compté pour la première fois par ce rapport (pas par le précédent)",
         "Membre à la date retenue par le rapport pour les Membres",
         "Destinataires de la lettre"]),
    "surveys:response_list": (
        ["Gouvernement", "Date de réception", "Lettre", "Position", "Données d'illustration",
         "Codes"],
        ["Rechercher dans les résumés et les noms",
         "Dernière réponse de chaque gouvernement comptée par le rapport", "Position",
         "Lettre", "Gouvernement", "Région", "Groupe de développement",
         "S'est exprimé sur le thème", "Avis codé", "Nouveau répondant ou répondant antérieur",
         "Reçue le ou après le (AAAA-MM-JJ)", "Reçue le ou avant le (AAAA-MM-JJ)"]),
    "surveys:letter_list": (
        ["Envoyée", "Mandat", "Destinataires", "Réponses", "Taux de réponse",
         "Gouvernements répondant pour la première fois", "Gouvernements ayant déjà répondu",
         "Données d'illustration"],
        ["L'objet contient", "Mandat", "Envoyée pendant ou après l'année",
         "Envoyée pendant ou avant l'année"]),
    "surveys:followup_list": (
        # Region, development group and Illustrative on request ("Colonnes"), to fit a laptop
        ["Gouvernement", "Langue",
         "Jours depuis la lettre", "Rappels envoyés", "Dernier contact", "Prochaine action",
         "Échéance de la prochaine action", "En retard", "Actions"],
        ["Le nom contient", "Région", "Sous-région", "Groupe de développement",
         "Lettre (la plus récente si vide)",
         "Sans réponse à la date du (AAAA-MM-JJ ; aujourd'hui si vide)",
         "Langue de correspondance", "Rappels envoyés", "Prochaine action en retard",
         "Réponses aux autres lettres"]),
}


@pytest.mark.parametrize("name", LISTS)
def test_a_list_s_headers_and_filter_labels_are_french(viewer_client, name):
    headers, labels = LISTS[name]
    english, french = (get(viewer_client, reverse(name), lang) for lang in ("en", "fr"))

    assert column_headers(french) == headers
    assert filter_labels(french) == labels
    # The same columns and filters, each in the other language.
    assert len(column_headers(english)) == len(headers)
    assert len(filter_labels(english)) == len(labels)
    for en, fr in [*zip(column_headers(english), headers, strict=True),
                   *zip(filter_labels(english), labels, strict=True)]:
        assert en != fr or en in SAME_IN_BOTH, en


def test_the_organizations_lists_headers_and_filter_labels_are_french(viewer_client):
    activities = reverse("organizations:activity_list")
    english, french = (get(viewer_client, activities, lang) for lang in ("en", "fr"))

    assert {"Dates", "Titre", "Type", "Lieu", "Paragraphe"} <= set(column_headers(french))
    assert {"Organisation", "Type", "Lieu"} <= set(filter_labels(french))
    for en, fr in zip(column_headers(english), column_headers(french), strict=True):
        assert en != fr or en in SAME_IN_BOTH, en


def test_the_columns_control_names_the_columns_in_french(viewer_client):
    page = get(viewer_client, reverse("surveys:response_list"), "fr")
    offered = [header for _name, header, _shown in page.context["column_choices"]]

    assert "Lettre" in offered and "Letter" not in offered
    page = get(viewer_client, reverse("surveys:letter_list"), "fr")
    assert "Mandat" in [header for _name, header, _shown in page.context["column_choices"]]


# Exports: French headers, the same figures -------------------------------------------------

def exported(client, url, language, **params) -> list[list[str]]:
    """The rows of a CSV export, read (it streams) while the reader's language is active."""
    with translation.override(language):
        page = client.get(url, {"_export": "csv", **params}, HTTP_ACCEPT_LANGUAGE=language)
        assert page.status_code == 200
        content = b"".join(page.streaming_content) if page.streaming else page.content
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_a_streamed_export_keeps_the_language_it_was_asked_in(viewer_client):
    """The server sends a streamed CSV after the view and its middleware have returned, when
    another language may be active in the thread: the file is still in the reader's."""
    page = viewer_client.get(reverse("surveys:letter_list"), {"_export": "csv"},
                             HTTP_ACCEPT_LANGUAGE="fr")
    assert page.streaming
    with translation.override("en"):
        content = b"".join(page.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][:2] == ["Envoyée", "Mandat"]
    assert {row[7] for row in rows[1:]} <= {"Oui", "Non"}


def test_the_letters_export_has_french_headers_and_the_english_export_s_figures(viewer_client):
    url = reverse("surveys:letter_list")
    english, french = (exported(viewer_client, url, lang) for lang in ("en", "fr"))

    assert french[0] == ["Envoyée", "Mandat", "Destinataires", "Réponses", "Taux de réponse",
                         "Gouvernements répondant pour la première fois",
                         "Gouvernements ayant déjà répondu",
                         "Données d'illustration"]
    assert english[0][0] == "Sent"
    figures = slice(2, 7)
    # the same numbers; an illustrative count's mark is in the reader's language
    numbers = [[re.findall(r"[\d.]+", cell) for cell in row[figures]] for row in french[1:]]
    assert numbers == [[re.findall(r"[\d.]+", cell) for cell in row[figures]]
                       for row in english[1:]]
    assert any("(donnée d'illustration)" in cell for row in french[1:] for cell in row)
    # A second route: the counts read from the records.
    letters = Letter.objects.with_reply_counts().order_by("sent_on")
    assert [[int(n.split()[0]) for n in row[2:4]] for row in french[1:]] == [
        [letter.recipients, letter.replies] for letter in letters]
    assert [row[7] for row in french[1:]] == [
        "Oui" if row[7] == "Yes" else "Non" for row in english[1:]]


def test_the_governments_export_has_french_headers_and_the_same_rows(viewer_client):
    url = reverse("surveys:government_list")
    params = {"report": "A-56-167"}
    english, french = (exported(viewer_client, url, lang, **params) for lang in ("en", "fr"))

    assert french[0][:4] == ["Gouvernement", "A répondu", "Dernière position",
                             "Lettres auxquelles il a répondu"]
    assert len(french) == len(english)
    # Rows sort by name in the reader's order: each row's figures are compared as a whole.
    yes = {"Yes": "Oui", "No": "Non"}
    assert sorted((row[1], row[3]) for row in french[1:]) == sorted(
        (yes[row[1]], row[3]) for row in english[1:])
    replied = [row[1] for row in french[1:]]
    respondents = report_summary(report=Report.objects.get(slug="A-56-167")).respondents
    assert replied.count("Oui") == [row[1] for row in english[1:]].count("Yes") == respondents
    assert set(replied) == {"Oui", "Non"}


def admin_export(client, language) -> tablib.Dataset:
    fields = {SelectableFieldsExportForm.create_boolean_field_name(ResponseResource, name): "on"
              for name in ResponseResource().get_export_order()}
    page = post(client, reverse("admin:surveys_response_export"),
                {"resource": "0", "format": "0", **fields}, language)
    assert page.status_code == 200
    return tablib.Dataset().load(page.content.decode("utf-8-sig"), format="csv")


def test_the_admin_export_has_french_headers_and_the_english_export_s_rows(editor_client):
    english, french = (admin_export(editor_client, lang) for lang in ("en", "fr"))

    assert english.headers == ["government", "letter", "received_on", "stance", "codes",
                               "summary", "source", "is_illustrative", "version"]
    assert french.headers == ["gouvernement", "lettre", "date de réception", "position",
                              "codes", "résumé", "source", "donnée d'illustration", "version"]
    assert list(french) == list(english)
    assert len(french) == Response.objects.count()


def test_the_admin_export_page_names_the_columns_in_french(editor_client):
    url = reverse("admin:surveys_response_export")
    english, french = (get(editor_client, url, lang) for lang in ("en", "fr"))

    with translation.override("fr"):
        labels = [str(field.label) for name, field in french.context["form"].fields.items()
                  if name.startswith("responseresource_")]
    assert labels == ["Gouvernement", "Lettre", "Date de réception", "Position", "Codes",
                      "Résumé", "Source", "Donnée d'illustration", "Version"]
    assert "Date de réception" in unescape(french.content.decode())
    assert "Received On" in english.content.decode()


@pytest.mark.parametrize("resource", [ResponseResource, PolicyViewResource,
                                      PermanentMissionResource, OrganizationResource,
                                      ActivityResource])
def test_each_column_has_one_header_a_french_file_is_read_by(resource):
    names = [field.column_name for field in resource().get_export_fields()]
    with translation.override("fr"):
        french = resource().get_export_headers()

    assert set(names) <= set(resource.column_headers), "a column without a French header"
    assert len(set(french)) == len(french)
    assert resource().column_names(french) == names
    assert resource().column_names([h.upper() for h in names]) == names


def test_a_french_export_imports_again_through_the_admin_without_change(editor_client):
    french = admin_export(editor_client, "fr")
    before = {r.pk: (r.stance, r.summary, r.received_on) for r in Response.objects.all()}

    preview = post(editor_client, reverse("admin:surveys_response_import"), {
        "resource": "0", "format": "0",
        "import_file": SimpleUploadedFile("réponses.csv", french.export("csv").encode()),
    }, "en")

    assert preview.status_code == 200 and "confirm_form" in preview.context, (
        preview.context["form"].errors if "form" in preview.context else preview)
    assert not preview.context["result"].has_errors()
    assert {row.import_type for row in preview.context["result"].valid_rows()} <= {
        "skip", "update"}
    assert {r.pk: (r.stance, r.summary, r.received_on) for r in Response.objects.all()} == before


# The commands' output ----------------------------------------------------------------------

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def run(language, *args) -> str:
    out = io.StringIO()
    with translation.override(language):
        call_command(*args, stdout=out)
    return out.getvalue()


def test_the_summary_command_speaks_french_with_the_same_figures():
    english = run("en", "summary", "--report", "A/56/167", "--format", "text")
    french = run("fr", "summary", "--report", "A/56/167", "--format", "text")

    cutoff = Report.objects.get(symbol="A/56/167").cutoff_on
    assert french.splitlines()[0] == (
        f"A/56/167 : réponses reçues au {cutoff:%d} {MONTHS[cutoff.month - 1]} {cutoff:%Y}")
    assert french.splitlines()[1].startswith("NOTE : ces chiffres reposent sur des réponses")
    respondents = report_summary(report=Report.objects.get(symbol="A/56/167")).respondents
    assert f"Gouvernements ayant répondu  {respondents:>4}" in french
    assert "Chiffres qu’énonce le A/56/167 :" in french and "Figures" not in french
    assert re.findall(r"\d+", french) == re.findall(r"\d+", english)


def test_the_reconcile_command_speaks_french_with_the_same_counts():
    english = run("en", "reconcile", "--report", "A/56/167")
    french = run("fr", "reconcile", "--report", "A/56/167")

    matches, total, quoted = re.search(
        r"(\d+) of (\d+) statements match; (\d+) quoted", english).groups()
    assert f"{matches} énoncés sur {total} concordent ; {quoted} cités (non calculés)" in french
    assert "A/56/167   par.  9" in french
    assert re.findall(r"\d+", french) == re.findall(r"\d+", english)


def test_loaddemo_says_in_french_that_it_touched_nothing():
    before = Response.objects.count()
    assert run("fr", "loaddemo", "--if-empty").strip() == (
        "La base contient déjà des enregistrements : les données de démonstration n'ont pas "
        "été chargées, rien de ce qui a été saisi n'a donc été modifié.")
    assert Response.objects.count() == before


# Every number of a French page is the English page's --------------------------------------
# Names sort in the reader's order, so a list's rows may come in another order: each page
# below shows every row it lists, and its numbers are compared as a whole.

@pytest.mark.parametrize("url", [
    reverse("surveys:home"),
    reverse("surveys:government_list") + "?report=A-56-167&replied=yes&per_page=100",
    reverse("surveys:government_list") + "?report=A-56-167&region=Africa&per_page=100",
])
def test_a_french_page_shows_the_english_page_s_numbers(viewer_client, url):
    english, french = (get(viewer_client, url, lang) for lang in ("en", "fr"))

    assert french.status_code == english.status_code == 200
    assert "Gouvernement" in text_of(main_of(french))
    numbers = numbers_in(main_of(english))
    assert len(numbers) > 20
    assert sorted(numbers_in(main_of(french))) == sorted(numbers)


def test_the_dashboard_s_figures_are_the_english_ones_each_in_its_place(viewer_client):
    english, french = (get(viewer_client, reverse("surveys:home"), lang) for lang in ("en", "fr"))
    summary = report_summary(report=Report.objects.order_by("-issued_on").first())

    def figures(page):
        return [(figure.value, figure.href) for figure in page.context["tiles"]]

    def numbers(page):  # the share reads "41 per cent" in English, "41 %" in French
        return [(re.sub(r"\D", "", value), href) for value, href in figures(page)]

    assert numbers(french) == numbers(english)
    shares = [(en, fr) for (en, _), (fr, _) in zip(figures(english), figures(french),
                                                   strict=True)
              if en != fr]
    assert all(en.endswith(" per cent") and fr == en.replace(" per cent", " %")
               for en, fr in shares), shares
    assert figures(french)[0][0] == str(summary.respondents)
    assert figures(french)[-1][0] == str(summary.non_respondents)
    with translation.override("fr"):
        labels = [str(figure.label) for figure in french.context["tiles"]]
    assert labels[0] == "gouvernements ont répondu" and labels[-1] == "n'ont jamais répondu"
    # The growth chart's text alternative: the same figures, French typography.
    assert f"A/56/167 : {summary.respondents}" in french.context["growth_chart"].description
    assert f"A/56/167: {summary.respondents}" in english.context["growth_chart"].description
    assert french.context["growth_chart"].title == (
        "Gouvernements ayant répondu, rapport par rapport")
