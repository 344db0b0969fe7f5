# case: one linear adapter per stage in a CellList, constant loop over stages zipped with feature tuples -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiStageHintLoss(nn.Cell):
    def __init__(self, s_dims=(16, 32, 64), t_dims=(32, 64, 128), weights=(0.25, 0.5, 1.0)):
        super().__init__()
        self.adapters = nn.CellList([nn.Dense(s, t) for s, t in zip(s_dims, t_dims)])
        self.weights = weights
        self.n = len(s_dims)

    def construct(self, s_feats, t_feats):
        total = 0.0
        for i in range(self.n):
            proj = self.adapters[i](s_feats[i])
            tgt = ops.stop_gradient(t_feats[i])
            proj = ops.L2Normalize(axis=-1)(proj)
            tgt = ops.L2Normalize(axis=-1)(tgt)
            total = total + self.weights[i] * ((proj - tgt) ** 2).sum(axis=-1).mean()
        return total


def make():
    np.random.seed(6)
    s = tuple(Tensor(np.random.randn(4, d).astype(np.float32)) for d in (16, 32, 64))
    t = tuple(Tensor(np.random.randn(4, d).astype(np.float32)) for d in (32, 64, 128))
    return MultiStageHintLoss(), (s, t)
