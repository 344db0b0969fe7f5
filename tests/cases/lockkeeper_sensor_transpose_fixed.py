# case: reorder a (sensor, channel, time) gate sensor block to (sensor, time, channel) with a permutation constant, then encode each sensor with stacked layers -> constant perm and loop over CellList, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TelemetryEncoder(nn.Cell):
    def __init__(self, channels=3, hidden=8, n_layers=3):
        super().__init__()
        self.perm = (0, 2, 1)
        dims = [channels] + [hidden] * n_layers
        self.layers = nn.CellList([nn.Dense(dims[i], dims[i + 1]) for i in range(n_layers)])
        self.act = nn.GELU()

    def construct(self, block):
        x = ops.transpose(block, self.perm)
        for layer in self.layers:
            x = self.act(layer(x))
        return x.mean(axis=1)


def make():
    np.random.seed(232)
    ms.set_seed(232)
    b = np.random.randn(4, 3, 10).astype(np.float32)
    return TelemetryEncoder(), (Tensor(b),)
