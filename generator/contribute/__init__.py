"""Contribution paths: the form fields derived from the schema, issue intake, upkeep and new listing files."""
