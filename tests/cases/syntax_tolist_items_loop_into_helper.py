# case: a for loop over .tolist() of the input hands each item to a helper method that compares it with Python breakpoints: the helper's comparison runs in the interpreter at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Rating(nn.Cell):
    def __init__(self):
        super().__init__()
        self.breaks = [0.5, 1.0, 2.0]
        self.flows = [2.0, 8.0, 45.0]

    def lookup(self, h):
        for b, q in zip(self.breaks, self.flows):
            if h <= b:
                return q
        return self.flows[-1]

    def construct(self, stage):
        out = []
        for h in stage.tolist():
            out.append(self.lookup(h))
        return Tensor(out, ms.float32)


def make():
    np.random.seed(5)
    return Rating(), (Tensor(np.random.uniform(0.3, 3.0, size=(6,)).astype(np.float32)),)
