# case: Tensor.min over an axis read with .item(), returned
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        low = x.min(axis=k.item())
        return low


def make():
    np.random.seed(16)
    return Net(), (Tensor(np.random.rand(4, 5).astype(np.float32)), Tensor(1, ms.int32))
