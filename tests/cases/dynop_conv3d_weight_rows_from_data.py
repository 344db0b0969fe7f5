# case: ops.conv3d with a weight sliced by data -> compile error at 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SlimConv(nn.Cell):
    def __init__(self, cin=3, cmax=8):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(8, 3, 3, 3, 3).astype(np.float32) * 0.1), name="weight")
        self.cmax = cmax

    def construct(self, x, ratio):
        c = ops.cast(ops.floor(ratio * self.cmax), ms.int32)
        w = self.weight[:c]
        out = ops.conv3d(x, w, pad_mode='same')
        return out.sum()


def make():
    np.random.seed(0)
    return SlimConv(), (Tensor(np.random.randn(2, 3, 4, 4, 4).astype(np.float32)), Tensor(0.5, ms.float32))
