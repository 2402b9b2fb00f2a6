"""The fixed wording of correspondence with the Permanent Missions, in English, French and
Spanish: the one module a translator is told about for what leaves the building.

The notes verbales' own text is in their templates (ReminderTemplate, one a language,
edited in the admin); the names of States are reference data (CorrespondenceName); dates
are formatted by core.dates. What is left is here: the lines built around a State's name,
the heading, and the illustrative warning, so that none of it is English inside a French
or Spanish note. The interface's own French is in the catalog as usual; there is no
Spanish interface, so these Spanish lines cannot be in a catalog.
"""
ORGANIZATION = {"en": "United Nations", "fr": "Nations Unies", "es": "Naciones Unidas"}

# The Permanent Representative a note is addressed to, and the mission, after the State's
# name in its "of" form ("of France", "de la France", "del Ecuador").
ADDRESSEE = {
    "en": "Permanent Representative {of_name} to the United Nations",
    "fr": "Représentant permanent {of_name} auprès de l'Organisation des Nations Unies",
    "es": "Representante Permanente {of_name} ante las Naciones Unidas",
}
MISSION = {
    "en": "Permanent Mission {of_name} to the United Nations",
    "fr": "Mission permanente {of_name} auprès de l'Organisation des Nations Unies",
    "es": "Misión Permanente {of_name} ante las Naciones Unidas",
}

# At the top of every page and email of a note resting on illustrative data, in the note's
# language, so that an illustrative note can never pass for a real one.
ILLUSTRATIVE = {
    "en": "ILLUSTRATIVE DATA: a demonstration drawn from made-up records, not a note "
          "verbale of the Secretariat. Do not send.",
    "fr": "DONNÉES FICTIVES : démonstration tirée de données inventées, et non une note "
          "verbale du Secrétariat. Ne pas envoyer.",
    "es": "DATOS FICTICIOS: demostración basada en datos inventados, y no una nota verbal de "
          "la Secretaría. No enviar.",
}

def addressee_line(language: str, of_name: str) -> str:
    return ADDRESSEE[language].format(of_name=of_name)


def mission_line(language: str, of_name: str) -> str:
    return MISSION[language].format(of_name=of_name)
