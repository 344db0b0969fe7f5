# case: bias of radar rainfall at wet gauges, wet gauges located with argwhere -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaugeRadarBias(nn.Cell):
    """Multiplicative radar bias estimated from gauges that recorded rain."""

    def __init__(self, wet_threshold=0.1, eps=1e-3):
        super().__init__()
        self.wet_threshold = wet_threshold
        self.eps = eps

    def _radar_at_gauges(self, radar, gauge_rc):
        flat = radar.reshape(-1)
        idx = gauge_rc[:, 0] * radar.shape[-1] + gauge_rc[:, 1]
        return ops.gather(flat, idx, 0)

    def construct(self, radar, gauge_rc, gauge_rain):
        wet = ops.argwhere(gauge_rain > self.wet_threshold).reshape(-1)
        g = ops.gather(gauge_rain, wet, 0)
        r = ops.gather(self._radar_at_gauges(radar, gauge_rc), wet, 0)
        bias = (g.sum() + self.eps) / (r.sum() + self.eps)
        return radar * bias


def make():
    rng = np.random.RandomState(15)
    radar = Tensor(rng.gamma(0.8, 1.0, size=(10, 12)).astype(np.float32))
    rc = Tensor(np.stack([rng.randint(0, 10, 7), rng.randint(0, 12, 7)], 1).astype(np.int32))
    rain = Tensor(np.array([0.0, 1.2, 0.05, 3.1, 0.0, 0.4, 2.2], np.float32))
    return GaugeRadarBias(), (radar, rc, rain)
