"""What every record of the API shares: read-only fields, each described, and ``?fields=``."""
from django.utils.text import capfirst
from rest_framework import serializers

# Kept whatever ``?fields=`` asks: a record that rests on illustrative data always says so.
ALWAYS_INCLUDED = ("is_illustrative",)


class RecordSerializer(serializers.ModelSerializer):
    """A read-only record. The view passes the fields chosen by ``?fields=`` in the context.

    A model field without help text is described by its verbose name, so that every field
    of the schema has a description.
    """

    def get_fields(self):
        fields = super().get_fields()
        for name, field in fields.items():
            field.read_only, field.required = True, False
            if not field.help_text:
                field.help_text = capfirst(str(field.label or name.replace("_", " ")))
        chosen = self.context.get("fields") if self.is_top_level else None
        if chosen:
            fields = {
                name: field for name, field in fields.items()
                if name in chosen or name in ALWAYS_INCLUDED
            }
        return fields

    @property
    def is_top_level(self) -> bool:
        """The records of the response, not a record nested in one (``?fields=`` is theirs)."""
        parent = self.parent
        return parent is None or (isinstance(parent, serializers.ListSerializer)
                                  and parent.parent is None)

    @classmethod
    def field_names(cls) -> list[str]:
        return list(cls().fields)
