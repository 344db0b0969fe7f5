# case: the host copy of a folded top-level list item is a NumPy array whose elements are NumPy scalars: `range()` of one fails to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, inputs):
        x, pos = inputs[0], inputs[1]
        bounds = pos.asnumpy()
        out = x * 0
        for j in range(bounds[0]):
            out = out + x
        return out


def make():
    return Net(), ([Tensor(np.ones((3,), np.float32)), Tensor(np.array([2, 1], np.int64))],)
