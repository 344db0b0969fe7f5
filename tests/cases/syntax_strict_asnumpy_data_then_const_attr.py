# case: .asnumpy() of tensor data, then of a constant Tensor attribute, in construct (STRICT: which is blamed?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Lookup(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = Tensor(np.arange(6, dtype=np.int32))

    def construct(self, x):
        idx = np.argsort(-x.asnumpy())[:3]
        picked = self.table.asnumpy()[idx]
        return Tensor(picked)


def make():
    return Lookup(), (Tensor(np.array([0.3, 0.1, 0.9, 0.5, 0.2, 0.7], np.float32)),)
