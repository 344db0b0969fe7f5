# case: while loop on a tensor condition that grows a tensor by concatenation (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        out = x
        while out.sum() < 100:
            out = ops.concat((out, x), 0)
        return out


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 4),)
