"""videochat: chat with videos through a timestamped transcript of what is seen, read and heard."""

__version__ = "0.1.0"
