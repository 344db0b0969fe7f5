# case: a plain helper object built in construct from Python values, whose method only computes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthNorm:
    def __init__(self, alpha):
        self.alpha = alpha

    def apply(self, score, length):
        return score / (length ** self.alpha)


class Scorer(nn.Cell):
    def __init__(self, alpha=0.7):
        super().__init__()
        self.alpha = alpha

    def construct(self, scores, lengths):
        norm = LengthNorm(self.alpha)
        return norm.apply(scores, lengths)


def make():
    s = Tensor(-np.abs(np.random.RandomState(0).randn(2, 3)).astype(np.float32))
    l = Tensor(np.full((2, 3), 4.0, np.float32))
    return Scorer(), (s, l)
