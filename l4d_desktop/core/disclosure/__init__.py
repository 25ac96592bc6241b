"""What the person gets: the data held about them and the machine-readable copy."""
