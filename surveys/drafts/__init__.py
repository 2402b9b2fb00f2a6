"""The draft of section II of any report, as the summary page reads it and as a Word document
(`/reports/<slug>/draft.docx`): ``composition`` decides what is the report's own text,
``word`` lays it out as a United Nations document on ``reference.docx``."""
