# case: a generator expression with two `for` clauses summing tensors, in a helper construct calls
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossViewLoss(nn.Cell):
    def __init__(self, views=3):
        super().__init__()
        self.views = views

    def pair_loss(self, feats):
        return sum(ops.mse_loss(feats[a], feats[b]) for a in range(2) for b in range(self.views) if a != b)

    def construct(self, feats):
        loss = self.pair_loss(feats)
        return loss / (2 * (self.views - 1))


def make():
    np.random.seed(1)
    return CrossViewLoss(), (Tensor(np.random.randn(3, 4).astype(np.float32)),)
