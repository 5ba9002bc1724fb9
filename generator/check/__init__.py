"""Stage 1, loading and checking: YAML with positions -> schema and contract rules -> frozen Listing records.

Problems are values (`Problem`), reported by `report`; nothing after this stage touches raw dicts.
"""
