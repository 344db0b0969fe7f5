# case: a jit_class held by the Cell has a count field stepped from 0 by a shape in construct, then divides by it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Tally:
    def __init__(self):
        self.n = 0
        self.total = 0.0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.tally = Tally()

    def construct(self, x):
        self.tally.n = self.tally.n + x.shape[0]
        return x.sum() / self.tally.n


def make():
    np.random.seed(17)
    return Net(), (Tensor(np.random.rand(6).astype(np.float32)),)
