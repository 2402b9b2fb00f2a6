"""As en_GB: dates typed as ISO 8601 only (config/formats/en_GB/formats.py says why)."""
from django.conf.locale.en.formats import *  # noqa: F403

DATE_INPUT_FORMATS = ["%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M"]
