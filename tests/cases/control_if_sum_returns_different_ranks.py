# case: an if/else on h.sum() > 0 returns the 2-D tensor in one branch and a 1-D row in the other; graph mode joins the branches into a dynamic shape instead of raising
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickOutput(nn.Cell):
    def __init__(self):
        super().__init__()
        self.relu = nn.ReLU()

    def construct(self, x):
        h = self.relu(x)
        if h.sum() > 0:
            out = h
        else:
            out = h[0]
        return out


def make():
    return PickOutput(), (Tensor(np.random.randn(3, 4).astype(np.float32)),)
