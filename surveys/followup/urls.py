from django.urls import path

from surveys.followup import views

urlpatterns = [
    path("follow-up/", views.FollowUpListView.as_view(), name="followup_list"),
    path("follow-up/reminders.pdf", views.BatchPdfView.as_view(), name="followup_batch_pdf"),
    path("follow-up/reminders.csv", views.MailMergeView.as_view(),
         name="followup_mail_merge"),
    path("follow-up/reminders/log/", views.LogBatchView.as_view(), name="followup_log_batch"),
    path("follow-up/reminders/email/", views.EmailBatchView.as_view(),
         name="followup_email_batch"),
    path("follow-up/batches/<int:pk>/", views.BatchDetailView.as_view(), name="followup_batch"),
    path("follow-up/batches/<int:pk>/progress/", views.batch_progress,
         name="followup_batch_progress"),
    path("follow-up/batches/<int:pk>/undo/", views.undo_batch, name="followup_batch_undo"),
    path("follow-up/contacts/new/", views.ContactCreateView.as_view(),
         name="followup_contact_add"),
    path("follow-up/<str:iso3>/<int:number>/reminder.pdf", views.reminder_pdf,
         name="followup_reminder_pdf"),
    path("follow-up/<str:iso3>/<int:number>/email/", views.send_reminder,
         name="followup_send_reminder"),
]
