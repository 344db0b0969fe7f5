# case: near miss: the narrow length is what a helper method returns from the Cell's configuration: static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Crop(nn.Cell):
    def __init__(self, keep=3):
        super().__init__()
        self.keep = keep

    def _count(self, w):
        return int(self.keep) + 1

    def construct(self, a, w):
        k = self._count(w)
        a_k = a.narrow(1, 0, k)
        w_k = w.narrow(0, 0, k)
        return (a_k * w_k).sum()


def make():
    return Crop(), (Tensor(np.random.rand(2, 8).astype(np.float32)), Tensor(np.random.rand(8).astype(np.float32)))
