"""English as en_GB writes it (LANGUAGES names "en"; the pages wrote British dates before the
switcher, "3 Jul 2001", and still do), with dates typed as ISO 8601 only
(config/formats/en_GB/formats.py says why)."""
from config.formats.en_GB.formats import *  # noqa: F403
