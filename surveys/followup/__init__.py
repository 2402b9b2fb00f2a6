"""Following up a letter: the live list of who has not replied, the contacts, the reminders."""
