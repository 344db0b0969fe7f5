# case: Tensor(v) without dtype of a NumPy result, then two graph ops on later lines
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        counts = np.bincount(x.asnumpy().astype(np.int64), minlength=4)
        deg = Tensor(counts)
        deg = deg.astype(ms.float32) + 1.0
        norm = ops.rsqrt(deg)
        return norm * 2.0


def make():
    return Net(), (Tensor(np.array([0, 1, 1, 3], np.int32)),)
