"""Who may do what: rights, login, passwords and staff accounts."""
