# case: a jit-decorated Cell method calling asnumpy (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    @ms.jit
    def construct(self, x):
        arr = x.asnumpy()
        return x * float(arr.max())


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 4),)
