# case: repeated moving-average smoothing of event curves in a while loop counting Python ints up to a constructor value -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeSmoother(nn.Cell):
    def __init__(self, passes=3):
        super().__init__()
        self.passes = passes

    def smooth_once(self, x):
        left = ops.concat((x[:, :1], x[:, :-1]), axis=1)
        right = ops.concat((x[:, 1:], x[:, -1:]), axis=1)
        return (left + x + right) / 3.0

    def construct(self, probs):
        # probs: (batch, frames, classes)
        i = 0
        out = probs
        while i < self.passes:
            out = self.smooth_once(out)
            i += 1
        return out


def make():
    np.random.seed(37)
    probs = Tensor(np.random.rand(2, 18, 4).astype(np.float32))
    return IterativeSmoother(), (probs,)
