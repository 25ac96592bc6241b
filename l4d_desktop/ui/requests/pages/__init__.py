"""The pages of a request window that carry out what the request asks."""
