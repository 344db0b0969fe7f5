# case: a tensor while that halves the channels each pass (append_x) -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Split(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 0.5

    def construct(self, x, min_channels):
        zs = []
        total = ops.zeros((x.shape[0],), ms.float32)
        c = Tensor(x.shape[1], ms.int32)
        while c > min_channels:
            half = x.shape[1] // 2
            z, x = x[:, :half], x[:, half:]
            zs.append(x)
            c = c // 2
        return x, zs


def make():
    np.random.seed(16)
    x = Tensor(np.random.randn(2, 16, 2, 2).astype(np.float32))
    return Split(), (x, Tensor(2, ms.int32))
