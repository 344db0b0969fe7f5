# case: on a tensor test, a reshape adding a unit axis then reduced over it, against the input (same shape) -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pool(nn.Cell):
    def __init__(self, steps=8):
        super().__init__()
        self.steps = steps

    def construct(self, x, gate):
        if gate.mean() > 0.5:
            out = x.reshape(1, self.steps, -1).max(axis=0)
        else:
            out = x
        return out * 2.0


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    gate = Tensor(np.array([0.9, 0.8, 0.1], dtype=np.float32))
    return Pool(), (x, gate)
