"""Forecasting: a learned recurrency model for temporal event graphs and dyad forecasts.

* :mod:`.data` reads TKG benchmark files (ICEWS14 and the like) with checked errors;
* :mod:`.features` and :mod:`.tkg` score every entity for ``(s, r, ?, t)`` queries;
* :mod:`.metrics` computes time-aware filtered / raw ranks, MRR and Hits@k;
* :mod:`.dyad` forecasts CAMEO root probabilities and net cooperation between two actors.
"""

from .data import TKGData, load_tkg
from .dyad import DyadForecast, DyadModelConfig, forecast_dyad
from .metrics import hits_at, mrr, ranks_raw, ranks_time_aware_filtered
from .tkg import ForecastConfig, TKGForecaster

__all__ = ["DyadForecast", "DyadModelConfig", "ForecastConfig", "TKGData", "TKGForecaster",
           "forecast_dyad", "hits_at", "load_tkg", "mrr", "ranks_raw",
           "ranks_time_aware_filtered"]
