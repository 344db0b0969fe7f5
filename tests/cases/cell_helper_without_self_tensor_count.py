# case: the same helper without `self`, called as `self.repeat(x, n)` with a Tensor count: `range(times)` takes its length from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def repeat(t, times=2):
        out = t
        for _ in range(times):
            out = out + t
        return out

    def construct(self, x, n):
        return self.repeat(x, n)


def make():
    return Net(), (Tensor(np.ones((2,), np.float32)), Tensor(3, ms.int32))
