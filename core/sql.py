"""A statement over the ORM's own queries, for what one ORM query cannot say.

Some counts need a query's rows joined to themselves, or counted several ways at once
(surveys.querysets.respondents_by_group_of_each, surveys.summary.counts): the rules that
choose the rows stay in the querysets, which the ORM compiles; the statement only names
them in a WITH clause (a common table expression, PostgreSQL and SQLite alike) and joins
and adds up.
"""
from django.db import connection


def rows_with(select: str, **queries) -> list[tuple]:
    """The rows of ``select``, run with each of ``queries`` (querysets) as a common table
    expression under its keyword's name."""
    named, params = [], []
    for name, queryset in queries.items():
        sql, query_params = queryset.query.sql_with_params()
        named.append(f"{name} AS ({sql})")
        params.extend(query_params)
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {', '.join(named)} {select}", params)
        return cursor.fetchall()
