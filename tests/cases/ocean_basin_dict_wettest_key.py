# case: basin rainfall totals stored in a dict keyed by basin name inside construct and the wettest basin picked with max(dict, key=dict.get) -> dict trick on tensor values in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BASIN_NAMES = ("amazon", "congo", "mekong", "danube")


class WettestBasin(nn.Cell):
    def __init__(self, names=BASIN_NAMES):
        super().__init__()
        self.names = names

    def construct(self, rain_by_basin):
        totals = {}
        for i, name in enumerate(self.names):
            totals[name] = rain_by_basin[i].sum()
        wettest = max(totals, key=totals.get)
        return wettest, totals[wettest]


def make():
    np.random.seed(41)
    rain = Tensor(np.random.gamma(1.0, 6.0, (4, 15)).astype(np.float32))
    return WettestBasin(), (rain,)
