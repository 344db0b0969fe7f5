# case: finds the hour of the flood peak with argmax and gathers the rainfall at a fixed lag before it -> fixed output shape, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakLagAnalyzer(nn.Cell):
    """Time-to-peak and antecedent rainfall for each event hydrograph."""

    def __init__(self, lag_hours=3):
        super().__init__()
        self.lag_hours = lag_hours

    def construct(self, discharge, rainfall):
        # discharge, rainfall: (events, hours)
        peak_hour = ops.argmax(discharge, dim=1)
        lag_hour = ops.clip_by_value(peak_hour - self.lag_hours, 0, discharge.shape[1] - 1)
        rain_at_lag = ops.gather_elements(rainfall, 1, lag_hour.expand_dims(1)).squeeze(1)
        peak_flow = discharge.max(axis=1)
        return peak_hour, peak_flow, rain_at_lag


def make():
    np.random.seed(5)
    q = np.random.uniform(5.0, 80.0, size=(3, 40)).astype(np.float32)
    rain = np.random.gamma(1.2, 3.0, size=(3, 40)).astype(np.float32)
    return PeakLagAnalyzer(), (Tensor(q), Tensor(rain))
