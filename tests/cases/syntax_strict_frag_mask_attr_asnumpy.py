# case: a Tensor mask kept on the Cell, read with .asnumpy() in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mask = Tensor(np.tril(np.ones((4, 4), np.float32)))

    def construct(self, x, k):
        m = self.mask.asnumpy()
        keep = int(m.sum())
        return x * keep


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
