# case: when descending, return the full per-layer drift table, otherwise only the summary drift vector -> if on tensor value with branches of different shapes, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DriftPlanner(nn.Cell):
    def __init__(self, n_layers=8):
        super().__init__()
        self.n_layers = n_layers
        self.dense = nn.Dense(3, 2)

    def construct(self, vertical_speed, layer_wind):
        drift = self.dense(layer_wind)          # (layers, 2)
        if vertical_speed < 0:
            out = drift
        else:
            out = drift.mean(axis=0)
        return out


def make():
    np.random.seed(81)
    vs = Tensor(np.array(-1.2, dtype=np.float32))
    wind = Tensor(np.random.randn(8, 3).astype(np.float32))
    return DriftPlanner(), (vs, wind)
