# case: per-layer sparsity targets from a dict config read at construction; masks via ops.where in each sub-Cell -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SPARSITY_CFG = {"encoder": 0.3, "decoder": 0.6}


class PrunableDense(nn.Cell):
    def __init__(self, in_dim, out_dim, sparsity):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.sparsity = sparsity

    def construct(self, x):
        w = self.fc.weight
        std = ops.std(w)
        thr = std * self.sparsity
        w = ops.where(ops.abs(w) >= thr, w, ops.zeros_like(w))
        return ops.matmul(x, w.T) + self.fc.bias


class PrunedAutoencoder(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = SPARSITY_CFG if cfg is None else cfg
        self.encoder = PrunableDense(10, 4, cfg["encoder"])
        self.decoder = PrunableDense(4, 10, cfg["decoder"])

    def construct(self, x):
        return self.decoder(ops.tanh(self.encoder(x)))


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(3, 10).astype(np.float32))
    return PrunedAutoencoder(), (x,)
