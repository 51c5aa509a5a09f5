"""Kept for plugins written before :mod:`videochat.plugin`: Event and Transcript live in :mod:`videochat.contracts.events`."""

from videochat.contracts.events import (
    Event,
    PerceptorRun,
    Transcript,
    format_span,
    format_time,
    merge_events,
)

__all__ = ["Event", "PerceptorRun", "Transcript", "format_span", "format_time", "merge_events"]
