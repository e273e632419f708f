"""Analysis over stored events: dyad series, trends, planned events, answers and forecasts.

Everything here is a pure function over records or arrays; nothing reads or writes the
database. Forecasting lives in :mod:`detente.analysis.forecast`.
"""
