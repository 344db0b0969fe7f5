# case: near miss: dict() of constant attributes in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 0.5

    def construct(self, x, k):
        cfg = dict(scale=self.scale, shift=1.0)
        return x * cfg['scale'] + cfg['shift']


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
