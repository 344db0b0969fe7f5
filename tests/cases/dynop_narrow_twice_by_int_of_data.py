# case: two ops.narrow calls cut by int() of a tensor value: at LAX each narrow is dynamic (the interpreter's int compiles), at STRICT the first fails (narrow checks its length in Python, which needs a constant)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Crop(nn.Cell):
    def construct(self, a, b, n):
        k = int(n.sum())
        a_k = ops.narrow(a, 1, 0, k)
        b_k = ops.narrow(b, 1, 0, k)
        return a_k.sum() + b_k.sum()


def make():
    x = Tensor(np.random.rand(2, 8).astype(np.float32))
    return Crop(), (x, x * 2, Tensor(np.array([2, 1], np.int32)))
