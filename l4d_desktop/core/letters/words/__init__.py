"""What letters say, by language: the catalogues, the codes in words, dates and amounts."""
