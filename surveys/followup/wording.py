"""The first wording of the reminders (notes verbales), one a language, as the migrations
store it.

Administrators change them afterwards in the admin. Migration 0010 stores a copy of this
wording (a migration never runs today's code); the tests' builders read it from here. Each is
written to the conventions of a note verbale of the Secretariat: third person, "presents his
compliments ... has the honour to ... avails himself of this opportunity to renew ... the
assurances of his highest consideration", and their French and Spanish equivalents. Every
merge field is filled in the note's language (surveys.followup.reminders.merge_fields);
``{% if reply_by %}`` says "at its earliest convenience" when no reply-by date is known,
rather than invent one.
"""

DEFAULT_TEMPLATES = {
    "en": {
        "subject": "Reminder: the Secretary-General's letter {{ of_letter_date }} on "
                   "international migration and development",
        "body": (
            "The Secretary-General of the United Nations presents his compliments to the "
            "{{ addressee }} and has the honour to refer to his letter {{ of_letter_date }}, "
            "sent pursuant to General Assembly resolution {{ mandate }} of "
            "{{ mandate_date }}, entitled “{{ mandate_title }}”, {{ purpose }}.\n\n"
            "The Secretary-General would be grateful to receive the views of the Government "
            "{{ of_government }} {% if reply_by %}by {{ reply_by }}{% else %}at its earliest "
            "convenience{% endif %}, so that they may be reflected in his report to the "
            "General Assembly.\n\n"
            "The Secretary-General of the United Nations avails himself of this opportunity "
            "to renew to the {{ addressee }} the assurances of his highest consideration."
        ),
    },
    "fr": {
        "subject": "Rappel\u00a0: lettre du Secrétaire général {{ of_letter_date }} sur les "
                   "migrations internationales et le développement",
        "body": (
            "Le Secrétaire général de l'Organisation des Nations Unies présente ses "
            "compliments au {{ addressee }} et a l'honneur de se référer à sa lettre "
            "{{ of_letter_date }}, adressée en application de la résolution {{ mandate }} de "
            "l'Assemblée générale, en date du {{ mandate_date }}, intitulée "
            "«\u00a0{{ mandate_title }}\u00a0», {{ purpose }}.\n\n"
            "Le Secrétaire général serait reconnaissant au Gouvernement {{ of_government }} "
            "de bien vouloir lui faire parvenir ses vues {% if reply_by %}d'ici au "
            "{{ reply_by }}{% else %}dans les meilleurs délais{% endif %}, afin qu'elles "
            "puissent figurer dans son rapport à l'Assemblée générale.\n\n"
            "Le Secrétaire général de l'Organisation des Nations Unies saisit cette occasion "
            "pour renouveler au {{ addressee }} les assurances de sa très haute considération."
        ),
    },
    "es": {
        "subject": "Recordatorio: carta del Secretario General {{ of_letter_date }} sobre "
                   "la migración internacional y el desarrollo",
        "body": (
            "El Secretario General de las Naciones Unidas saluda atentamente al "
            "{{ addressee }} y tiene el honor de referirse a su carta {{ of_letter_date }}, "
            "enviada en cumplimiento de la resolución {{ mandate }} de la Asamblea General, "
            "de {{ mandate_date }}, titulada “{{ mandate_title }}”, {{ purpose }}.\n\n"
            "El Secretario General agradecería recibir las opiniones del Gobierno "
            "{{ of_government }} {% if reply_by %}a más tardar el {{ reply_by }}{% else %}a "
            "la mayor brevedad posible{% endif %}, a fin de que puedan reflejarse en su "
            "informe a la Asamblea General.\n\n"
            "El Secretario General de las Naciones Unidas aprovecha la oportunidad para "
            "reiterar al {{ addressee }} las seguridades de su más alta consideración."
        ),
    },
}

