"""The hash-chained audit log, its viewer and the administrators' operations on the database as a whole."""
