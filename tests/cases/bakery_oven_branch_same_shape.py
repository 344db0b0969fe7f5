# case: if the mean oven temperature is over the bake limit, damp the hot front zones by a factor, else leave the zones; both branches same shape -> static control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneDamper(nn.Cell):
    def __init__(self, n_zones=6, bake_limit=225.0, hot_zones=3):
        super().__init__()
        self.bake_limit = bake_limit
        w = np.ones((n_zones,), np.float32)
        w[:hot_zones] = 0.9
        self.damp = Tensor(w)
        self.gain = ms.Parameter(Tensor(np.full((n_zones,), 0.1, np.float32)), name="gain")

    def construct(self, temps):
        if temps.mean() > self.bake_limit:
            zones = temps * self.damp
        else:
            zones = temps
        return zones.mean(axis=0) * self.gain


def make():
    np.random.seed(16)
    temps = (230 + np.random.randn(20, 6) * 4).astype(np.float32)
    return ZoneDamper(), (Tensor(temps),)
