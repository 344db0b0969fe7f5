# case: a helper runs a tensor-bounded number of propagation hops and returns the list of states; construct keeps only the last one -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Propagate(nn.Cell):
    def __init__(self, dim=6):
        super().__init__()
        self.step = nn.Dense(dim, dim, activation="tanh")

    def _hops(self, h, n):
        states = [h]
        i = 0
        while i < n:
            h = self.step(h)
            states.append(h)
            i += 1
        return states

    def construct(self, h, n):
        states = self._hops(h, n)
        return states[-1] * 2


def make():
    np.random.seed(62)
    return Propagate(), (Tensor(np.random.rand(3, 6).astype(np.float32)), Tensor(2, ms.int32))
