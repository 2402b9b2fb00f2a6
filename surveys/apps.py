from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "surveys"
    verbose_name = _("Surveys of Governments")

    def ready(self):
        from core import figures, search
        from core.i18n import reader_order
        from surveys.models import Government
        from surveys.summary import background

        # every report's summaries and the heaviest pages, computed by a worker after a change
        figures.register(background.refresh)

        search.register(
            _("Governments"), Government.objects.order_by(reader_order()),
            ("name", "name_fr", "iso3"),
            describe=lambda government: f"{government} ({government.iso3})",
        )
