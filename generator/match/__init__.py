"""Stage 2, matching: text analysis, topics, the Whoosh index, features, criteria, scores, reasons, explain.

`board.compute_board` gathers the active listings, their index and their suggestions into one `Board`.
"""
