# case: helper method stores an intermediate tensor on self
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def _remember(self, h):
        self.hidden = h
        return h

    def construct(self, x):
        h = self._remember(x * 2)
        return h + 1


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
