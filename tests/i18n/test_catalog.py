"""The French catalog is complete and compiled: no empty or fuzzy msgstr, the same
placeholders as the English, and the .mo that Django reads says what the .po says (so a
forgotten `make install` / compilemessages fails here, not on a French reader's page)."""
import re
from collections import defaultdict
from pathlib import Path

import polib
from django.conf import settings

CATALOG = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"
COMPILED = CATALOG.with_suffix(".mo")
# %(name)s, %(size).1f, the positional %s / %d that a few Python strings use, and the
# {name} of the sentences that str.format fills.
PLACEHOLDER = re.compile(r"%\([A-Za-z_][A-Za-z0-9_]*\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%[sdif]"
                         r"|\{[A-Za-z_][A-Za-z0-9_]*\}")


def entries() -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(CATALOG)) if not e.obsolete]


def where(entry: polib.POEntry) -> str:
    """The entry's first source file, to say whose string it is."""
    return entry.occurrences[0][0] if entry.occurrences else "(no reference)"


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_the_catalog_is_french_and_its_header_is_not_fuzzy():
    catalog = polib.pofile(str(CATALOG))
    assert catalog.metadata.get("Language") == "fr"
    assert not catalog.metadata_is_fuzzy
    assert catalog.metadata.get("Plural-Forms", "").startswith("nplurals=2;")


def test_every_string_is_translated_and_none_is_fuzzy():
    untranslated = defaultdict(list)
    for entry in entries():
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if "fuzzy" in entry.flags:
            untranslated[where(entry)].append("fuzzy: " + entry.msgid[:60])
        elif not all(form.strip() for form in forms):
            untranslated[where(entry)].append(entry.msgid[:60])
    assert not untranslated, "untranslated or fuzzy, by file:\n" + "\n".join(
        f"{file}: {len(ids)}: {ids[:3]}" for file, ids in sorted(untranslated.items()))


def test_every_translation_keeps_the_placeholders_of_its_english():
    """A msgstr without the msgid's %(name)s drops a figure; one with a name the msgid lacks
    is a KeyError when the page renders. A plural's singular may leave out the count (as
    "A reminder for the Government listed" does), but not use a name the English lacks."""
    wrong = []
    for entry in entries():
        english = placeholders(entry.msgid)
        if not entry.msgid_plural:
            if entry.msgstr and placeholders(entry.msgstr) != english:
                wrong.append((where(entry), entry.msgid, entry.msgstr))
            continue
        names = set(english) | set(placeholders(entry.msgid_plural))
        forms = [form for _index, form in sorted(entry.msgstr_plural.items()) if form]
        used = set().union(*(placeholders(form) for form in forms)) if forms else names
        if used != names or any(not set(placeholders(form)) <= names for form in forms):
            wrong.append((where(entry), entry.msgid, forms))
    assert not wrong, "placeholders differ:\n" + "\n".join(map(str, wrong))


def test_python_format_is_flagged_where_the_english_has_named_placeholders():
    """makemessages flags python-format; a translation that loses the flag is not checked
    by msgfmt --check-format."""
    missing = [e.msgid for e in entries()
               if re.search(r"%\([a-z_]+\)", e.msgid) and "python-format" not in e.flags]
    assert not missing, missing


def test_the_compiled_catalog_says_what_the_po_says():
    assert COMPILED.exists(), f"{COMPILED} is missing: run `make install` (compilemessages)"
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
                for e in polib.mofile(str(COMPILED)) if e.msgid}
    translated = {(e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
                  for e in entries()
                  if "fuzzy" not in e.flags and (e.msgstr or any(e.msgstr_plural.values()))}
    stale = {key for key in translated if compiled.get(key) != translated[key]}
    gone = set(compiled) - set(translated)
    assert not stale and not gone, (
        f"the .mo is older than the .po ({len(stale)} entries differ, {len(gone)} no longer "
        f"in it, e.g. {sorted(stale | gone, key=str)[:3]}): run `make install`")
