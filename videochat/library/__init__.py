"""A searchable library of videos: every video's transcript in one SQLite store (FTS5 for words,
MiniLM vectors for meaning), indexed incrementally, searched and asked across videos."""
