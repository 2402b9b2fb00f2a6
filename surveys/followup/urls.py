from django.urls import path

from surveys.followup import views

urlpatterns = [
    path("follow-up/", views.FollowUpListView.as_view(), name="followup_list"),
    path("follow-up/reminders.pdf", views.BatchPdfView.as_view(), name="followup_batch_pdf"),
    path("follow-up/reminders.csv", views.MailMergeView.as_view(),
         name="followup_mail_merge"),
    path("follow-up/reminders/sent/", views.confirm_sent, name="followup_confirm_sent"),
    path("follow-up/contacts/new/", views.ContactCreateView.as_view(),
         name="followup_contact_add"),
    path("follow-up/<str:iso3>/<int:number>/reminder.pdf", views.reminder_pdf,
         name="followup_reminder_pdf"),
    path("follow-up/<str:iso3>/<int:number>/email/", views.send_reminder,
         name="followup_send_reminder"),
]
