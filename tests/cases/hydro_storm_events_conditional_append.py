# case: loops over daily rainfall rows and appends only the days whose total exceeds a storm threshold to a list, then stacks them -> list length depends on tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StormDayExtractor(nn.Cell):
    """Collect hourly hyetographs of storm days for event-based calibration."""

    def __init__(self, storm_total_mm=20.0, n_days=7):
        super().__init__()
        self.storm_total_mm = storm_total_mm
        self.n_days = n_days

    def construct(self, hourly_rain):
        # hourly_rain: (days, 24)
        storms = []
        for d in range(self.n_days):
            day = hourly_rain[d]
            if day.sum() > self.storm_total_mm:
                storms.append(day)
        storms.append(ops.zeros_like(hourly_rain[0]))
        return ops.stack(storms)


def make():
    np.random.seed(31)
    rain = np.random.gamma(0.5, 2.0, size=(7, 24)).astype(np.float32)
    rain[2] += 2.0
    rain[5] += 1.5
    return StormDayExtractor(), (Tensor(rain),)
