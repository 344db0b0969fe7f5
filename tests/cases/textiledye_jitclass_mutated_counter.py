# case: a @ms.jit_class lot tracker whose rejected-roll count is incremented inside construct for each batch of shade measurements -> jit_class attribute mutated in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LotTracker:
    def __init__(self):
        self.rejected = 0
        self.tolerance = 1.2


class ShadeInspector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.tracker = LotTracker()

    def construct(self, delta_e):
        fails = (delta_e > self.tracker.tolerance).astype(ms.int32).sum()
        self.tracker.rejected = self.tracker.rejected + fails
        return fails, self.tracker.rejected


def make():
    np.random.seed(31)
    de = np.abs(np.random.randn(24) * 1.0).astype(np.float32)
    return ShadeInspector(), (Tensor(de),)
