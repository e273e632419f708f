"""Analysis over stored events: dyad series, trends, planned events, answers and forecasts.

The modules read the store only through ``Store.query``/``Store.query_df`` with parameterized
SQL and never write to it; the computations themselves are functions over data frames and
records. Forecasting lives in :mod:`detente.analysis.forecast`.
"""
