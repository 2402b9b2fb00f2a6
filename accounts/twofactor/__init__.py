"""Two-factor sign-in (django-otp): after the password, a code from an authenticator app.

Editors, Administrators and superusers must use it: the first time they sign in they enrol
(a QR code the app draws itself, ``views.EnrolView``), and from then on each sign-in asks for a
code (``views.VerifyView``) before any other page (``middleware``). Viewers may enrol, and then
verify like everyone else. Enrolment gives single-use recovery codes for a lost phone; an
Administrator resets another user's devices in the admin (accounts.admin), never their own.
A wrong code counts as a wrong password (``throttle``). API tokens are not concerned: a
script's token authenticates the request without a session.
"""
