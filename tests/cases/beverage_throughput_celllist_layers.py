# case: multi-layer throughput regressor over line sensor features built from a CellList and looped layer by layer -> loop over a CellList is unrolled statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_layers(widths):
    return [nn.Dense(a, b) for a, b in zip(widths[:-1], widths[1:])]


class ThroughputRegressor(nn.Cell):
    def __init__(self, widths=(9, 32, 16, 8), dropout=0.1):
        super().__init__()
        self.layers = nn.CellList(build_layers(list(widths)))
        self.drop = nn.Dropout(p=dropout)
        self.head = nn.Dense(widths[-1], 1)

    def construct(self, sensors):
        h = sensors
        for layer in self.layers:
            h = self.drop(ops.gelu(layer(h)))
        bottles_per_min = ops.softplus(self.head(h)) * 600.0
        return bottles_per_min.squeeze(-1)


def make():
    np.random.seed(162)
    sensors = np.random.rand(10, 9).astype(np.float32)
    net = ThroughputRegressor()
    net.set_train(False)
    return net, (Tensor(sensors),)
