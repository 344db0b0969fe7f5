# case: snow-network cell builds a dict from station names to depth tensors, mutates it, and returns the dict -> Python dict built and returned from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationTable(nn.Cell):
    def __init__(self, names=("davos", "weissfluh", "klosters", "arosa")):
        super().__init__()
        self.names = names

    def construct(self, depths, swe):
        table = {}
        for i, name in enumerate(self.names):
            table[name] = depths[i] * 0.1 + swe[i]
        table["network_mean"] = depths.mean()
        if "arosa" in table:
            table["arosa"] = table["arosa"] * 1.05
        return table


def make():
    np.random.seed(13)
    d = Tensor(np.random.uniform(50, 200, size=(4,)).astype(np.float32))
    s = Tensor(np.random.uniform(10, 60, size=(4,)).astype(np.float32))
    return StationTable(), (d, s)
