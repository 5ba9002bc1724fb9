"""Shared leaves every stage may use: records, settings, vocabularies, languages, slugs, addresses, dates, cores.

Nothing here imports from a stage package (check, match, contribute, render, cli).
"""
