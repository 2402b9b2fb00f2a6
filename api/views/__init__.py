"""The API's views: the records of the pages, a report's summary, the schema and docs, and
the page where users manage their tokens."""
