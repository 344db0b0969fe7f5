# case: name starts as None and a mint.sum-conditioned branch makes it a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        out = None
        if mint.sum(x) > 0:
            out = x * 2
        return out


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
