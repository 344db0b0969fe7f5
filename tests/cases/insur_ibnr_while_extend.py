# case: extend a development pattern with a while loop on tensor tail factor, concatenating one factor per iteration -> loop count and result shape depend on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TailExtrapolation(nn.Cell):
    def __init__(self, decay=0.5, tol=1.001):
        super().__init__()
        self.decay = decay
        self.tol = tol

    def construct(self, ldf):
        pattern = ldf
        last = ldf[-1:]
        while last[0] > self.tol:
            last = 1.0 + (last - 1.0) * self.decay
            pattern = ops.concat((pattern, last))
        tail = ops.prod(pattern)
        return pattern, tail


def make():
    np.random.seed(9)
    ldf = Tensor(np.array([1.8, 1.3, 1.12, 1.05], dtype=np.float32))
    return TailExtrapolation(), (ldf,)
