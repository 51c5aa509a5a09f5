"""Live video: watch a stream, keep a rolling transcript, answer about "now"."""
