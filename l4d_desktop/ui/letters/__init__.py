"""Letters on screen, on paper and in files, and the letter settings."""
