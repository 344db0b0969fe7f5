# case: ops.clip_by_value of a graph value (no counter on the Cell, the target read at a constant index) with Python-number bounds: static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Release(nn.Cell):
    def __init__(self, cap=25.0):
        super().__init__()
        self.curve = Tensor(np.array([60.0, 65.0, 70.0, 80.0], np.float32))
        self.cap = cap

    def construct(self, storage):
        target = self.curve[2]
        excess = ops.relu(storage - target)
        out = ops.clip_by_value(excess, 0.0, self.cap)
        return out * 2.0


def make():
    np.random.seed(3)
    return Release(), (Tensor(np.random.uniform(50.0, 100.0, size=(4,)).astype(np.float32)),)
