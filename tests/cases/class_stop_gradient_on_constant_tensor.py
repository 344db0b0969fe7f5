# case: stop_gradient set on a Tensor built from a constant table kept on the Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Embed(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = Tensor(np.ones((4, 3), np.float32))

    def construct(self, x):
        pos = Tensor(self.table.asnumpy(), dtype=x.dtype)
        pos.stop_gradient = True
        return x + pos


def make():
    return Embed(), (Tensor(np.ones((4, 3), np.float32)),)
