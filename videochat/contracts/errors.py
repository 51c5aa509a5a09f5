"""Exceptions that the CLI turns into one line on stderr and exit code 2."""


class VideochatError(Exception):
    """A problem with the user's input, configuration or environment (exit code 2)."""


class BadInput(VideochatError):
    """The video (or another input file) cannot be used."""


class ConfigError(VideochatError):
    """A setting, option or name given by the user is invalid."""


class ModelUnavailable(VideochatError):
    """A model could not be found locally and could not be fetched."""
