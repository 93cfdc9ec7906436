"""The REST API's root: the router over every app's `api/` package, the schema and its docs page."""
