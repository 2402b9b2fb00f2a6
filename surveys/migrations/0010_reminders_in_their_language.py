"""The reminders' first wording replaced by the one that reads right in each language (and
created where none exists: migration 0005 no longer runs today's code to create them).

The old templates merged English into French and Spanish notes ({{ question }}), put "de"
before a French name without its article, and invented a reply-by date. A template still
word for word as migration 0004 stored it is replaced; one an Administrator has changed is
left as it is (the admin then says which merge fields it uses that no longer exist). Both
wordings are written out here, so that this migration never depends on today's code.
"""
from django.db import migrations

OLD = {'en': {'body': 'The Secretary-General of the United Nations presents his compliments to the '
                'Permanent Representative of {{ government }} to the United Nations and has '
                'the honour to refer to his letter of {{ letter_date }}, sent pursuant to '
                'General Assembly resolution {{ mandate }}, which asked: {{ question }}\n'
                '\n'
                'The Secretary-General would be grateful to receive the views of the '
                'Government of {{ government }} by {{ reply_by }}, so that they may be '
                'reflected in his report to the General Assembly.\n'
                '\n'
                'The Secretary-General avails himself of this opportunity to renew to the '
                'Permanent Representative of {{ government }} the assurances of his highest '
                'consideration.',
        'subject': "Reminder: the Secretary-General's letter of {{ letter_date }} on "
                   'international migration and development'},
 'es': {'body': 'El Secretario General de las Naciones Unidas saluda atentamente al '
                'Representante Permanente de {{ government }} ante las Naciones Unidas y '
                'tiene el honor de referirse a su carta de {{ letter_date }}, enviada en '
                'cumplimiento de la resolución {{ mandate }} de la Asamblea General, en la '
                'que se preguntaba: {{ question }}\n'
                '\n'
                'El Secretario General agradecería recibir las opiniones del Gobierno a más '
                'tardar el {{ reply_by }}, a fin de que puedan reflejarse en su informe a la '
                'Asamblea General.\n'
                '\n'
                'El Secretario General aprovecha la oportunidad para reiterar al '
                'Representante Permanente las seguridades de su más alta consideración.',
        'subject': 'Recordatorio: carta del Secretario General de {{ letter_date }} sobre la '
                   'migración internacional y el desarrollo'},
 'fr': {'body': "Le Secrétaire général de l'Organisation des Nations Unies présente ses "
                'compliments au Représentant permanent de {{ government }} auprès de '
                "l'Organisation des Nations Unies et a l'honneur de se référer à sa lettre du "
                '{{ letter_date }}, adressée en application de la résolution {{ mandate }} de '
                "l'Assemblée générale, qui demandait : {{ question }}\n"
                '\n'
                'Le Secrétaire général serait reconnaissant au Gouvernement de lui faire '
                "parvenir ses vues d'ici au {{ reply_by }}, afin qu'elles puissent figurer "
                "dans son rapport à l'Assemblée générale.\n"
                '\n'
                'Le Secrétaire général saisit cette occasion pour renouveler au Représentant '
                'permanent les assurances de sa très haute considération.',
        'subject': 'Rappel : lettre du Secrétaire général du {{ letter_date }} sur les '
                   'migrations internationales et le développement'}}

NEW = {'en': {'body': 'The Secretary-General of the United Nations presents his compliments to the '
                '{{ addressee }} and has the honour to refer to his letter {{ of_letter_date '
                '}}, sent pursuant to General Assembly resolution {{ mandate }} of {{ '
                'mandate_date }}, entitled “{{ mandate_title }}”, {{ purpose }}.\n'
                '\n'
                'The Secretary-General would be grateful to receive the views of the '
                'Government {{ of_government }} {% if reply_by %}by {{ reply_by }}{% else '
                '%}at its earliest convenience{% endif %}, so that they may be reflected in '
                'his report to the General Assembly.\n'
                '\n'
                'The Secretary-General of the United Nations avails himself of this '
                'opportunity to renew to the {{ addressee }} the assurances of his highest '
                'consideration.',
        'subject': "Reminder: the Secretary-General's letter {{ of_letter_date }} on "
                   'international migration and development'},
 'es': {'body': 'El Secretario General de las Naciones Unidas saluda atentamente al {{ '
                'addressee }} y tiene el honor de referirse a su carta {{ of_letter_date }}, '
                'enviada en cumplimiento de la resolución {{ mandate }} de la Asamblea '
                'General, de {{ mandate_date }}, titulada “{{ mandate_title }}”, {{ purpose '
                '}}.\n'
                '\n'
                'El Secretario General agradecería recibir las opiniones del Gobierno {{ '
                'of_government }} {% if reply_by %}a más tardar el {{ reply_by }}{% else %}a '
                'la mayor brevedad posible{% endif %}, a fin de que puedan reflejarse en su '
                'informe a la Asamblea General.\n'
                '\n'
                'El Secretario General de las Naciones Unidas aprovecha la oportunidad para '
                'reiterar al {{ addressee }} las seguridades de su más alta consideración.',
        'subject': 'Recordatorio: carta del Secretario General {{ of_letter_date }} sobre la '
                   'migración internacional y el desarrollo'},
 'fr': {'body': "Le Secrétaire général de l'Organisation des Nations Unies présente ses "
                "compliments au {{ addressee }} et a l'honneur de se référer à sa lettre {{ "
                'of_letter_date }}, adressée en application de la résolution {{ mandate }} de '
                "l'Assemblée générale, en date du {{ mandate_date }}, intitulée «\xa0{{ "
                'mandate_title }}\xa0», {{ purpose }}.\n'
                '\n'
                'Le Secrétaire général serait reconnaissant au Gouvernement {{ of_government '
                "}} de bien vouloir lui faire parvenir ses vues {% if reply_by %}d'ici au {{ "
                "reply_by }}{% else %}dans les meilleurs délais{% endif %}, afin qu'elles "
                "puissent figurer dans son rapport à l'Assemblée générale.\n"
                '\n'
                "Le Secrétaire général de l'Organisation des Nations Unies saisit cette "
                'occasion pour renouveler au {{ addressee }} les assurances de sa très haute '
                'considération.',
        'subject': 'Rappel\xa0: lettre du Secrétaire général {{ of_letter_date }} sur les '
                   'migrations internationales et le développement'}}


def replace_untouched(apps, schema_editor, before=OLD, after=NEW):
    """Each template still as first stored is replaced; a language without one gets one."""
    template_model = apps.get_model("surveys", "ReminderTemplate")
    for language, text in after.items():
        template_model.objects.filter(language=language, **before[language]).update(**text)
        template_model.objects.get_or_create(language=language, defaults=text)


def restore_untouched(apps, schema_editor):
    replace_untouched(apps, schema_editor, before=NEW, after=OLD)


class Migration(migrations.Migration):

    dependencies = [
        ("surveys", "0009_correspondence_in_three_languages"),
    ]

    operations = [migrations.RunPython(replace_untouched, restore_untouched)]
