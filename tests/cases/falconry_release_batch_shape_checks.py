# case: release-readiness scorer that checks input rank with len(x.shape), pads single birds to a batch and uses Python builtins only on shapes -> builtins on static shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CRITERIA = 6  # flight, stamina, weight, kills, feather, fear-response


def as_batch(x):
    if len(x.shape) == 1:
        return x.expand_dims(0)
    return x


class ReleaseReadiness(nn.Cell):
    def __init__(self, n_criteria=CRITERIA, hidden=16):
        super().__init__()
        self.mlp = nn.SequentialCell(nn.Dense(n_criteria, hidden), nn.Tanh(), nn.Dense(hidden, 1))
        self.pass_mark = 0.7

    def construct(self, criteria):
        x = as_batch(criteria)
        n_birds = max(x.shape[0], 1)
        prob = ops.sigmoid(self.mlp(x)).squeeze(-1)
        ready = (prob > self.pass_mark).astype(ms.float32)
        return prob, ready.sum() / n_birds


def make():
    np.random.seed(3209)
    c = Tensor(np.random.rand(CRITERIA).astype(np.float32))
    return ReleaseReadiness(), (c,)
