# case: `with ms.hal.StreamCtx(stream)` in construct: the graph parser supports stream contexts
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stream = ms.hal.Stream()

    def construct(self, x):
        with ms.hal.StreamCtx(self.stream):
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
