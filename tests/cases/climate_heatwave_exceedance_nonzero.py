# case: heatwave intensity from grid points exceeding the climatological p90 via nonzero/gather_nd -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeatwaveIntensity(nn.Cell):
    """Mean excess temperature over all (day, lat, lon) cells above the local p90 + margin."""

    def __init__(self, margin=0.0, kelvin_input=True):
        super().__init__()
        self.margin = margin
        self.offset = 273.15 if kelvin_input else 0.0

    def _anomaly(self, tmax, clim_p90):
        return (tmax - self.offset) - (clim_p90 - self.offset)

    def construct(self, tmax, clim_p90):
        anom = self._anomaly(tmax, clim_p90)
        exceed = anom > self.margin
        event_idx = ops.nonzero(exceed)
        excess = ops.gather_nd(anom, event_idx)
        n_events = exceed.astype(ms.float32).sum()
        intensity = excess.sum() / ops.maximum(n_events, 1.0)
        return intensity, n_events


def make():
    rng = np.random.RandomState(2)
    clim = (290 + rng.randn(10, 6, 8)).astype(np.float32)
    tmax = (clim + rng.randn(10, 6, 8) * 2).astype(np.float32)
    return HeatwaveIntensity(), (Tensor(tmax), Tensor(clim))
