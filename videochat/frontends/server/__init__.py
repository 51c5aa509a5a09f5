"""The HTTP API (``videochat serve``)."""
