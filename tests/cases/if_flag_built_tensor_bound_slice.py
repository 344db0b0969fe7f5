# case: the same window start replaced under a constructor flag (a Python bool), then used as a slice bound -> static (only one arm is compiled)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Window(nn.Cell):
    def __init__(self, skip=True):
        super().__init__()
        self.skip = skip

    def construct(self, x):
        start = Tensor(0, ms.int32)
        if self.skip:
            start = Tensor(2, ms.int32)
        return x[start:start + 3] * 2.0


def make():
    np.random.seed(1)
    return Window(), (Tensor(np.random.rand(8).astype(np.float32)),)
