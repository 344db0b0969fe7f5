# case: @ms.jit on a method of a plain class calling a unique helper method
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Dedup:
    def _core(self, v):
        return ops.unique(v)[0]

    @ms.jit
    def run(self, v):
        return self._core(v) + 1


def make():
    return Dedup().run, (Tensor(np.array([4, 4, 1, 7, 1], np.int32)),)
