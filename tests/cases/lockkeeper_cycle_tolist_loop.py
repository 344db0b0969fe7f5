# case: turn the per-cycle lift tensor into a Python list with .tolist() and sum the lifts above a threshold in a Python loop -> tolist and Python iteration over tensor values, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LiftCounter(nn.Cell):
    def __init__(self, min_lift_m=3.0):
        super().__init__()
        self.min_lift = min_lift_m

    def construct(self, lifts):
        values = lifts.tolist()
        big = 0.0
        for v in values:
            if v > self.min_lift:
                big = big + v
        return lifts.mean() + big


def make():
    np.random.seed(271)
    l = np.random.uniform(1.0, 6.0, size=(8,)).astype(np.float32)
    return LiftCounter(), (Tensor(l),)
