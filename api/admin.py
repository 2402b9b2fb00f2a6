"""Everyone's API tokens, for Administrators: see who has one, create one, revoke one."""
from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from api.models import Token


@admin.register(Token)
class TokenAdmin(admin.ModelAdmin):
    """Revoking is deleting. A new token's key is shown once, on the page after saving."""

    list_display = ("prefix", "user", "description", "created", "last_used")
    list_select_related = ("user",)
    search_fields = ("user__username", "description", "prefix")
    autocomplete_fields = ("user",)
    readonly_fields = ("prefix", "created", "last_used")

    def get_fields(self, request, obj=None):
        return ("user", "description") if obj is None else (
            "user", "description", "prefix", "created", "last_used")

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else ("user", *self.readonly_fields)

    def save_model(self, request, obj, form, change):
        if not change:
            request.new_token_key = obj.set_new_key()
        super().save_model(request, obj, form, change)

    def response_add(self, request, obj, post_url_continue=None):
        response = TemplateResponse(request, "api/token_created.html", {
            **self.admin_site.each_context(request),
            "opts": self.opts, "token": obj, "key": request.new_token_key,
            "title": str(obj),
        })
        add_never_cache_headers(response)
        return response
