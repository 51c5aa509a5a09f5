"""Front ends: the HTTP API (``server/``), the web UI, and batch runs (local pool, Ray).

Each one builds its chats through :func:`videochat.session.open_session` (or
:meth:`videochat.session.Session.for_transcript`) and nothing below imports a front end. The
command line itself is :mod:`videochat.cli`.
"""
