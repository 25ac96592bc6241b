"""The Customers tab and one customer's window with its pages and dialogs."""
