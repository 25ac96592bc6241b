"""The Requests tab, the intake dialog and one request's window with its workflow."""
