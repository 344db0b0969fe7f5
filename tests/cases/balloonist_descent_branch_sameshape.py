# case: when descending weight the lower layers more, otherwise the upper ones, both branches return a (2,) drift vector -> if on tensor value with equal shapes, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def layer_weights(n, lower_first):
    w = np.linspace(1.0, 0.2, n) if lower_first else np.linspace(0.2, 1.0, n)
    return Tensor((w / w.sum()).astype(np.float32)).reshape(n, 1)


class DriftPlanner(nn.Cell):
    def __init__(self, n_layers=8):
        super().__init__()
        self.dense = nn.Dense(3, 2)
        self.w_low = layer_weights(n_layers, True)
        self.w_high = layer_weights(n_layers, False)

    def construct(self, vertical_speed, layer_wind):
        drift = self.dense(layer_wind)
        if vertical_speed < 0:
            out = (drift * self.w_low).sum(axis=0)
        else:
            out = (drift * self.w_high).sum(axis=0)
        return out


def make():
    np.random.seed(82)
    vs = Tensor(np.array(-1.2, dtype=np.float32))
    wind = Tensor(np.random.randn(8, 3).astype(np.float32))
    return DriftPlanner(), (vs, wind)
