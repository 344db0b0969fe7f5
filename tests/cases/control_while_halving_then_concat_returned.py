# case: the MSG202 catalog's old near miss: halving x in a tensor while, then concatenating it in a constant loop, returned
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Accumulate(nn.Cell):
    def construct(self, x, limit):
        out = x
        while out.sum() < limit:
            out = out * 2
        while x.sum() > 1:
            x = x[::2]
        for _ in range(3):
            x = ops.concat((x, x))
        return out, x


def make():
    return Accumulate(), (Tensor(np.ones(16, np.float32)), Tensor(40.0, ms.float32))
