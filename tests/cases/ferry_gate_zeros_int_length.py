# case: gate counter builds a padding buffer whose length is int() of the number of missing sensor readings -> int(tensor) as a shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatePadder(nn.Cell):
    def __init__(self, expected=10):
        super().__init__()
        self.expected = expected

    def construct(self, readings, n_received):
        missing = int(self.expected - n_received)
        pad = ops.zeros((missing,), ms.float32)
        full = ops.concat((readings, pad))
        return full.sum()


def make():
    np.random.seed(9)
    readings = Tensor(np.random.randint(0, 9, size=(7,)).astype(np.float32))
    return GatePadder(), (readings, Tensor(7, ms.int32))
