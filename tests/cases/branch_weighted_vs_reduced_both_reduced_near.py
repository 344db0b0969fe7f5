# case: under a tensor test both arms reduce the (N, V) scores over the last axis, one after weighting by a tensor weight -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scorer(nn.Cell):
    def __init__(self, dim=8, vocab=6):
        super().__init__()
        self.out = nn.Dense(dim, vocab)

    def construct(self, h, weight):
        scores = ops.log_softmax(self.out(h), axis=-1)
        if weight.sum() > 0:
            scores = (weight * scores).max(axis=-1)
        else:
            scores = scores.max(axis=-1)
        return scores * 2


def make():
    np.random.seed(7)
    h = Tensor(np.random.rand(3, 8).astype(np.float32))
    return Scorer(), (h, Tensor(0.3, ms.float32))
