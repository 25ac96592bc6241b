"""The pääkäyttäjä's processing register, processors and purge queue."""
