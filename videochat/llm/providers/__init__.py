"""Built-in LLM providers, registered through the ``videochat.llms`` entry-point group like any plugin."""
