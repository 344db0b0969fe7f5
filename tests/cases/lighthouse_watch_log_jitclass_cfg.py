# case: read range thresholds from a @ms.jit_class WatchConfig instance built in __init__ and use them in construct -> jit_class attribute reads, expected static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class WatchConfig:
    def __init__(self, closing_nm=2.0, alert_gain=3.0):
        self.closing_nm = closing_nm
        self.alert_gain = alert_gain


class WatchKeeper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = WatchConfig()
        self.track = nn.Dense(4, 2)

    def construct(self, radar_blip):
        out = self.track(radar_blip)
        rng = ops.abs(out[:, 1])
        closing = (rng < self.cfg.closing_nm).astype(ms.float32)
        return out[:, 0] + closing * self.cfg.alert_gain


def make():
    np.random.seed(3053)
    blip = Tensor(np.random.randn(5, 4).astype(np.float32))
    return WatchKeeper(), (blip,)
