# case: a helper method written without `self` (`def repeat(t, times=2)`) and called as `self.repeat(x)`: graph mode binds x to `t`, not the Cell, so `times` keeps its default and `range(times)` is constant
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def repeat(t, times=2):
        out = t
        for _ in range(times):
            out = out + t
        return out

    def construct(self, x):
        return self.repeat(x)


def make():
    return Net(), (Tensor(np.ones((2,), np.float32)),)
