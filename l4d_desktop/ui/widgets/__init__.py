"""Parts every window uses: forms with their errors, labels, date inputs, the paged table model."""
