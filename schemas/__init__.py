"""wardwatch data contracts: the models other systems and tests rely on.

Nothing here imports any other wardwatch package.
"""
