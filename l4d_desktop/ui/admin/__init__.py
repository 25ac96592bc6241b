"""Staff accounts, rights and the audit log viewer."""
