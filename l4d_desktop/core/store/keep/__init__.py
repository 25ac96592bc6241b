"""What a register keeps apart from its database and its backups: the suppression list's key and the erasure journal."""
