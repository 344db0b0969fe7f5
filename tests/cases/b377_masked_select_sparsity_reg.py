# case: sparsity regulariser for compression collects all near-zero weights of every layer with ops.masked_select and penalises their mean magnitude -> expected dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparsityConfig:
    def __init__(self, target=0.05, weight=1e-3, layers=(16, 16, 8)):
        self.target = target
        self.weight = weight
        self.layers = layers


class SparseMLP(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = config.layers
        self.fcs = nn.CellList([nn.Dense(a, b) for a, b in zip(dims[:-1], dims[1:])])
        self.target = config.target
        self.reg_weight = config.weight

    def _near_zero_penalty(self, w):
        small = ops.masked_select(ops.abs(w), ops.abs(w) < self.target * 4)
        return small.sum() / (small.shape[0] + 1)

    def construct(self, x):
        reg = 0.0
        for i, fc in enumerate(self.fcs):
            x = fc(x)
            if i < len(self.fcs) - 1:
                x = ops.relu(x)
            reg = reg + self._near_zero_penalty(fc.weight)
        return x, reg * self.reg_weight


def make():
    np.random.seed(3791)
    cell = SparseMLP(SparsityConfig())
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return cell, (x,)
