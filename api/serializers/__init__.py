"""The API's records: one read-only serializer per noun, each field described."""
