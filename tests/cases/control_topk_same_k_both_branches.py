# case: a tensor `if` takes the top-k of the scores or of their negation, with the same k -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickExtremes(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.k = k

    def construct(self, scores):
        if scores.mean() > 0:
            vals, idx = ops.topk(scores, self.k)
        else:
            vals, idx = ops.topk(-scores, self.k)
        return vals, idx


def make():
    return PickExtremes(), (Tensor(np.random.RandomState(2).randn(10).astype(np.float32)),)
