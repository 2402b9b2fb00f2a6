"""Names that a framework calls or reads by name, where vulture cannot see it: Django's
settings and registries, the options and hooks of the admin, forms, views, Django REST
framework, django-filter, django-tables2 and django-import-export, and what templates read.
Not code: vulture reads it (never run) so that these names count as used. Add a name only
for such a hook; dead code is removed, not listed here.

    .venv/bin/vulture accounts api config core organizations surveys vulture_whitelist.py \
        --min-confidence 60
"""
# ruff: noqa: B018

_ = object  # any name: vulture only reads the attribute names below


# Django's and its libraries' settings, read by name from django.conf.settings
(_.ADMINS, _.AUTH_PASSWORD_VALIDATORS, _.AUTHENTICATION_BACKENDS, _.AXES_CLIENT_IP_CALLABLE,
 _.AXES_COOLOFF_TIME, _.AXES_FAILURE_LIMIT, _.AXES_LOCKOUT_PARAMETERS, _.AXES_LOCKOUT_TEMPLATE,
 _.AXES_RESET_ON_SUCCESS, _.AXES_SENSITIVE_PARAMETERS, _.CACHES, _.CONTENT_SECURITY_POLICY,
 _.CSRF_COOKIE_HTTPONLY, _.CSRF_COOKIE_SECURE,
 _.DATABASES, _.DATE_INPUT_FORMATS, _.DATETIME_INPUT_FORMATS, _.DEFAULT_AUTO_FIELD,
 _.EMAIL_BACKEND, _.EMAIL_HOST,
 _.EMAIL_HOST_PASSWORD, _.EMAIL_HOST_USER, _.EMAIL_PORT, _.EMAIL_USE_TLS, _.FORMAT_MODULE_PATH,
 _.IMPORT_EXPORT_EXPORT_PERMISSION_CODE, _.IMPORT_EXPORT_FORMATS,
 _.IMPORT_EXPORT_IMPORT_PERMISSION_CODE, _.IMPORT_EXPORT_USE_TRANSACTIONS, _.INSTALLED_APPS,
 _.LOCALE_PATHS, _.LOGGING, _.LOGIN_REDIRECT_URL, _.LOGIN_URL, _.LOGOUT_REDIRECT_URL,
 _.MIDDLEWARE, _.OTP_TOTP_ISSUER, _.REST_FRAMEWORK, _.ROOT_URLCONF, _.SECURE_CONTENT_TYPE_NOSNIFF,
 _.SECURE_CROSS_ORIGIN_OPENER_POLICY, _.SECURE_HSTS_SECONDS, _.SECURE_REFERRER_POLICY,
 _.SECURE_PROXY_SSL_HEADER, _.SECURE_SSL_REDIRECT, _.SESSION_COOKIE_HTTPONLY,
 _.SESSION_COOKIE_SECURE,
 _.SPECTACULAR_SETTINGS, _.STATICFILES_DIRS, _.STORAGES, _.TASKS, _.TIME_ZONE,
 _.WHITENOISE_SKIP_COMPRESS_EXTENSIONS, _.WSGI_APPLICATION, _.X_FRAME_OPTIONS)

# gunicorn's settings, read from config/gunicorn.py by name
(_.access_log_format, _.accesslog, _.bind, _.errorlog, _.forwarded_allow_ips,
 _.graceful_timeout, _.keepalive, _.max_requests, _.max_requests_jitter, _.post_worker_init,
 _.workers, _.wsgi_app)

# Choices members: their values are stored and listed through .choices
(_.AFRICA, _.AMERICAS, _.ASIA, _.AUSTRALIA_AND_NEW_ZEALAND, _.CAMPAIGN, _.CARIBBEAN, _.CDP,
 _.CENTRAL_AMERICA, _.CENTRAL_ASIA, _.CHANNEL_ISLANDS, _.CO_SPONSOR, _.CONCLUSION, _.DATA,
 _.DEVELOPMENT, _.EASTERN_AFRICA, _.EASTERN_ASIA, _.EASTERN_EUROPE, _.EUROPE, _.FINDING,
 _.INDIRECT, _.INSTRUMENT, _.INTEGRATION, _.LABOUR, _.LATIN_AMERICA_AND_THE_CARIBBEAN, _.LETTER,
 _.MANDATE, _.MEETING, _.MELANESIA, _.MICRONESIA, _.MIDDLE_AFRICA, _.NORTHERN_AFRICA,
 _.NORTHERN_AMERICA, _.NORTHERN_EUROPE, _.OCEANIA, _.OUTSIDE, _.POLICY, _.POLYNESIA,
 _.POPULATION, _.PROGRAMME, _.PROTECTION, _.PUBLICATION, _.RAISE, _.REGIONAL_COMMISSIONS,
 _.REGIONAL_DIALOGUE, _.RESEARCH, _.RETURN, _.SECRETARIAT, _.SOUTH_AMERICA,
 _.SOUTH_EASTERN_ASIA, _.SOUTHERN_AFRICA, _.SOUTHERN_ASIA, _.SOUTHERN_EUROPE, _.STANCE_GROUP,
 _.SUB_SAHARAN_AFRICA, _.TECHNICAL_ASSISTANCE, _.TELEPHONE, _.TRAFFICKING, _.UN_SYSTEM,
 _.WESTERN_AFRICA, _.WESTERN_ASIA, _.WESTERN_EUROPE)

# Found by Django through a dotted path or a registry: apps, middleware, the admin site, URL
# configurations, handlers, commands, logging filters, template tags, registered admins,
# migrations
(_.AccountsConfig, _.ActivityAdmin, _.add_arguments, _.ApiConfig, _.app_name, _.application,
 _.breadcrumbs, _.client_ip, _.CodeAdmin, _.Command, _.ConsiderationAdmin, _.CoreConfig,
 _.CorrespondenceNameAdmin, _.DatabaseUnavailableMiddleware, _.DataVersion, _.default_site,
 _.dependencies, _.edit_link, _.FindingAdmin, _.FollowUpAdmin, _.GovernmentAdmin, _.handle,
 _.handle_server_error, _.handler500, _.index_title, _.InstrumentAdmin, _.LessonAdmin,
 _.LetterAdmin, _.MechanismAdmin, _.operations, _.OrganizationAdmin, _.OrganizationsConfig,
 _.PermanentMissionAdmin, _.PolicyViewAdmin, _.PrivatePagesMiddleware, _.process_exception,
 _.PublishedFigureAdmin, _.ready, _.RejectNulBytesMiddleware, _.ReminderTemplateAdmin,
 _.ReportAdmin, _.RequestContextFilter, _.RequestLogMiddleware, _.ResolutionAdmin,
 _.ResponseAdmin, _.SecondFactorMiddleware, _.process_view, _.reset_second_factor,
 _.site_header, _.site_title, _.SurveysConfig, _.TokenAdmin, _.TopicAdmin,
 _.TrackerAdminConfig, _.TrackerAdminSite, _.urlpatterns, _.UserLanguageMiddleware)

# Options and hooks Django reads from models, admins, forms (and their fields), views and
# template engines
(_._get, _._messages, _._store, _.as_sqlite, _.autocomplete_fields, _.can_delete,
 _.clean_contacted_on, _.clean_next_action_on, _.clean_reply_by, _.clean_sent_on,
 _.context_object_name, _.css, _.date_hierarchy, _.default_builtins,
 _.default_permissions, _.fieldsets,
 _.filter_horizontal, _.fk_name, _.form_valid, _.get_initial, _.get_paginate_by,
 _.has_add_permission, _.http_method_names, _.include_held, _.indexes, _.inlines, _.input_type,
 _.list_display, _.list_filter, _.list_select_related, _.Media, _.output_field, _.post,
 _.prepare_value, _.prepopulated_fields, _.resource_classes, _.show_change_link, _.slug_field,
 _.slug_url_kwarg, _.to_python, _.verbose_name_plural)

# Model fields and their display methods, read by templates, serializers, resources and tables by
# name
(_.addressee_en, _.addressee_es, _.addressee_fr, _.adopting_body, _.among, _.confirmed,
 _.cutoff_note,
 _.denominator_note, _.entry_into_force_condition, _.established_wording, _.established_year,
 _.experts, _.finished_at, _.get_development_group_display, _.get_intermediate_region_display,
 _.get_region_display, _.get_sub_region_display, _.headquarters, _.in_force, _.inventory_order,
 _.m49, _.member_states, _.membership_wording, _.observers, _.open_for_signature, _.parties,
 _.parties_required, _.partners, _.place, _.relevance, _.requested_by, _.resolution,
 _.server_answer, _.signatories, _.started_at, _.telephone, _.theme, _.updated_at)

# Properties and attributes read by templates
(_.adopted_label, _.bar_height, _.base_label, _.baseline, _.by_stance, _.citation, _.data_as_of,
 _.first_label, _.frozen, _.height, _.is_addressed, _.issued_label, _.label_width, _.label_x,
 _.last_chase, _.quantifier_label, _.rate_label, _.replied_since, _.second_label, _.share_label,
 _.stance_changed, _.still_silent, _.text_x, _.was_member)

# Django REST framework and drf-spectacular: declared fields, method fields, view, pagination,
# permission and schema hooks
(_.activity_count, _.adopted, _.all_match, _.authenticate_credentials, _.cannot_compute,
 _.checked, _.days_since_letter, _.detail, _.extra_kwargs, _.FilterSetExtension, _.get_as_of,
 _.get_is_illustrative, _.get_letter, _.get_officer, _.get_replied,
 _.get_schema_operation_parameters, _.government_name, _.has_permission,
 _.include_format_suffixes, _.issued, _.joint_count, _.last_contact_on, _.latest_stance,
 _.lesson_count, _.login_required, _.lookup_field, _.lookup_url_kwarg, _.lookup_value_regex,
 _.match_subclasses, _.max_page_size, _.page_size_query_description, _.page_size_query_param,
 _.parties_missing, _.priority, _.read_only, _.reconciliation, _.repeat_respondents, _.required,
 _.response_rate, _.serializer_class, _.SignedIn, _.stated_in, _.target_class, _.url_name)

# django-filter: declared filters and their methods
(_.contacted_from, _.contacted_to, _.field_class, _.filter_group, _.filter_latest_stance,
 _.filter_member, _.filter_new, _.filter_organization, _.filter_other_letters, _.filter_overdue,
 _.filter_recipients, _.filter_reminders, _.filter_replied, _.filter_report,
 _.filter_respondent, _.filter_search, _.filter_topic, _.filter_year, _.other_letters, _.q,
 _.received_from, _.respondent, _.sent_from, _.sent_to)

# django-tables2: declared columns and their render_, value_ and order_ methods
(_.actions, _.empty_text, _.order_movement, _.order_when, _.record_reply, _.render_codes,
 _.render_latest_stance, _.render_next_action, _.render_organizations, _.render_response_rate,
 _.render_stance_second, _.sequence, _.value_codes, _.value_illustrative, _.value_latest_stance,
 _.value_movement, _.value_next_action, _.value_next_action_on, _.value_organizations,
 _.value_response_rate, _.value_stance_second)

# django-import-export and django-simple-history hooks
(_._change_reason, _._history_user, _.add_success_message, _.after_save_instance,
 _.before_import_row, _.before_save_instance, _.clean_model_instances, _.export_form_class,
 _.filter_export, _.get_result_class, _.import_form_class, _.import_id_fields, _.is_m2m,
 _.report_skipped, _.rollback_on_validation_errors, _.skip_unchanged, _.tmp_storage_class,
 _.version)

# Read by other tools: makemessages (the catalog's record texts), openpyxl (a cell's font)
(_.font, _.RECORD_TEXTS)

# Entry points the tests and the benchmarks (make bench) call, outside the app's own code:
# every published figure of one or all reports checked (surveys.summary.reconciliation), and
# the reminder templates' reference wording that the follow-up tests build from.
(_.reconcile, _.DEFAULT_TEMPLATES)

# Read by python-docx when it writes a draft (surveys/drafts/word.py): a section's own first
# page header, a header of its own, a bold run
(_.different_first_page_header_footer, _.is_linked_to_previous, _.bold)

# Columns read in SQL, with the data version in one query (core.figures), not as attributes
(_.figures_version, _.figures_computed_at)

# Declared fields and hooks read by name: the letters table's and serializer's column, its
# export hook (django-tables2 value_<column>), the API's per-role throttle (named in
# REST_FRAMEWORK) and its scope, gunicorn's worker settings, what the summary tables print
(_.first_time_respondents, _.value_replies, _.RoleRateThrottle, _.scope, _.worker_class,
 _.threads, _.responses_label, _.cutoff_label)
