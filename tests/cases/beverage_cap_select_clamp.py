# case: replace torque sensor dropouts (negative readings) on the capper with the head's median via ops.select before anomaly scoring -> three-argument select, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TorqueCleaner(nn.Cell):
    def __init__(self, n_heads=12):
        super().__init__()
        self.n_heads = n_heads
        self.score = nn.Dense(n_heads, 1)

    def construct(self, torque):
        # torque: (cycles, heads)
        median = ops.median(torque, axis=0)[0]
        fill = ops.broadcast_to(median.expand_dims(0), torque.shape)
        dropout = torque < 0.0
        clean = ops.select(dropout, fill, torque)
        z = (clean - clean.mean(axis=0)) / (clean.std(axis=0) + 1e-6)
        return self.score(ops.abs(z)).squeeze(-1)


def make():
    np.random.seed(201)
    torque = (1.8 + 0.2 * np.random.randn(20, 12)).astype(np.float32)
    torque[np.random.rand(20, 12) < 0.05] = -1.0
    return TorqueCleaner(), (Tensor(torque),)
