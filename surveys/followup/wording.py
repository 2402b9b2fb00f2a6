"""The first wording of the reminders, one a language, as the migration stores it.

Administrators change them afterwards in the admin; this module is read only when the
templates are first created (surveys migration 0004) and by the tests' builders.
"""

DEFAULT_TEMPLATES = {
    "en": {
        "subject": "Reminder: the Secretary-General's letter of {{ letter_date }} on "
                   "international migration and development",
        "body": (
            "The Secretary-General of the United Nations presents his compliments to the "
            "Permanent Representative of {{ government }} to the United Nations and has the "
            "honour to refer to his letter of {{ letter_date }}, sent pursuant to General "
            "Assembly resolution {{ mandate }}, which asked: {{ question }}\n\n"
            "The Secretary-General would be grateful to receive the views of the Government "
            "of {{ government }} by {{ reply_by }}, so that they may be reflected in his "
            "report to the General Assembly.\n\n"
            "The Secretary-General avails himself of this opportunity to renew to the "
            "Permanent Representative of {{ government }} the assurances of his highest "
            "consideration."
        ),
    },
    "fr": {
        "subject": "Rappel : lettre du Secrétaire général du {{ letter_date }} sur les "
                   "migrations internationales et le développement",
        "body": (
            "Le Secrétaire général de l'Organisation des Nations Unies présente ses "
            "compliments au Représentant permanent de {{ government }} auprès de "
            "l'Organisation des Nations Unies et a l'honneur de se référer à sa lettre du "
            "{{ letter_date }}, adressée en application de la résolution {{ mandate }} de "
            "l'Assemblée générale, qui demandait : {{ question }}\n\n"
            "Le Secrétaire général serait reconnaissant au Gouvernement de lui faire "
            "parvenir ses vues d'ici au {{ reply_by }}, afin qu'elles puissent figurer dans "
            "son rapport à l'Assemblée générale.\n\n"
            "Le Secrétaire général saisit cette occasion pour renouveler au Représentant "
            "permanent les assurances de sa très haute considération."
        ),
    },
    "es": {
        "subject": "Recordatorio: carta del Secretario General de {{ letter_date }} sobre "
                   "la migración internacional y el desarrollo",
        "body": (
            "El Secretario General de las Naciones Unidas saluda atentamente al "
            "Representante Permanente de {{ government }} ante las Naciones Unidas y tiene "
            "el honor de referirse a su carta de {{ letter_date }}, enviada en cumplimiento "
            "de la resolución {{ mandate }} de la Asamblea General, en la que se "
            "preguntaba: {{ question }}\n\n"
            "El Secretario General agradecería recibir las opiniones del Gobierno a más "
            "tardar el {{ reply_by }}, a fin de que puedan reflejarse en su informe a la "
            "Asamblea General.\n\n"
            "El Secretario General aprovecha la oportunidad para reiterar al Representante "
            "Permanente las seguridades de su más alta consideración."
        ),
    },
}


def create_default_templates(apps, schema_editor) -> None:
    """A migration's step: the three templates, unless one of a language exists."""
    template_model = apps.get_model("surveys", "ReminderTemplate")
    for language, text in DEFAULT_TEMPLATES.items():
        template_model.objects.get_or_create(language=language, defaults=text)
