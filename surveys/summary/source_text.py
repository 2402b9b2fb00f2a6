"""A/56/167's own text, as the project keeps it (fixtures/sources/, a copy of shared/sources/):
its numbered paragraphs and their sentences.

The fidelity test walks paras 3-17 with it, and a draft of any other report uses it to keep
A/56/167's sentences out of that report's own text (``surveys.drafts.composition``): one
reading of the report for both.
"""
import functools
import re
from pathlib import Path

from django.conf import settings

SOURCE_NAME = "sg-report-2001-international-migration-and-development.md"
REPORT = Path(settings.BASE_DIR) / "fixtures" / "sources" / SOURCE_NAME
SECTION_II = range(3, 18)


def normalise(text: str) -> str:
    """One line, single spaces, no soft hyphen."""
    return " ".join(text.replace("\u00ad", "").split())


def read_paragraphs(text: str) -> dict[int, str]:
    """The numbered paragraphs of the report's text, each joined across its page breaks,
    its note marks taken out."""
    found: dict[int, list[str]] = {}
    current = None
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        start = re.match(r"^(\d{1,2})\. ", block)
        if start:
            current = int(start.group(1))
            found[current] = [block[start.end():]]
        elif block.startswith(("#", "---", "<sup>")) or not block:
            current = None if block.startswith(("#", "---")) else current
        elif current is not None:
            found[current].append(block)
    return {n: normalise(re.sub(r"<sup>\d+</sup>", "", " ".join(parts)))
            for n, parts in found.items()}


@functools.cache
def report_paragraphs() -> dict[int, str]:
    """Paragraphs 1-63 of A/56/167."""
    return read_paragraphs(REPORT.read_text(encoding="utf-8"))


def sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences: split after a full stop that a capital letter follows."""
    return re.split(r"(?<=\.)\s+(?=[A-Z])", paragraph)


@functools.cache
def section_ii_sentences() -> frozenset[str]:
    """Every sentence of A/56/167's paras 3-17."""
    paragraphs = report_paragraphs()
    return frozenset(s for n in SECTION_II for s in sentences(paragraphs[n]))
