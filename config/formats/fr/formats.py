"""French as Django has it ("3 juillet 2001", decimal comma, no-break space between
thousands), but dates typed as ISO 8601 only, as in English (config/formats/en_GB/formats.py
says why): 05/08/2001 would read as 5 August here and 8 May in an English form."""
from django.conf.locale.fr.formats import *  # noqa: F403 (the rest as Django has them)

DATE_INPUT_FORMATS = ["%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M"]
