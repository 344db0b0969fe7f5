# case: if the mean oven temperature is over the bake limit, keep only the hot front zones for the cooling model, else all zones -> tensor-valued if whose branches give different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneCoolingPlanner(nn.Cell):
    def __init__(self, n_zones=6, bake_limit=225.0, hot_zones=3):
        super().__init__()
        self.bake_limit = bake_limit
        self.hot_zones = hot_zones
        self.gain = ms.Parameter(Tensor(np.full((n_zones,), 0.1, np.float32)), name="gain")

    def select_zones(self, temps):
        if temps.mean() > self.bake_limit:
            zones = temps[:, :self.hot_zones]
        else:
            zones = temps
        return zones

    def construct(self, temps):
        zones = self.select_zones(temps)
        n = zones.shape[1]
        return zones.mean(axis=0) * self.gain[:n]


def make():
    np.random.seed(15)
    temps = (230 + np.random.randn(20, 6) * 4).astype(np.float32)
    return ZoneCoolingPlanner(), (Tensor(temps),)
