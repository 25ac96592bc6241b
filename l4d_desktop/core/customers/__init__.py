"""The customer register: records, fields, search, consents, objections, suppression, invoices and web events."""
