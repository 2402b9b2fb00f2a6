from django.views.generic import TemplateView

from surveys.models import Report


class HomeView(TemplateView):
    template_name = "surveys/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(reports=Report.objects.all(), **kwargs)
