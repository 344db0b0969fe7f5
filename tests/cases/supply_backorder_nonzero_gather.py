# case: find backordered order lines with ops.nonzero and gather their customer priorities -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackorderQueue(nn.Cell):
    def __init__(self, penalty_per_unit=2.5):
        super().__init__()
        self.penalty_per_unit = penalty_per_unit

    def open_lines(self, ordered, allocated):
        missing = ordered - allocated
        return ops.nonzero(missing > 0).squeeze(1), missing

    def construct(self, ordered, allocated, priority):
        idx, missing = self.open_lines(ordered, allocated)
        pending = ops.gather(missing, idx, 0)
        prio = ops.gather(priority, idx, 0)
        penalty = (pending * prio * self.penalty_per_unit).sum()
        return penalty, idx


def make():
    np.random.seed(6)
    n = 12
    ordered = np.random.randint(5, 30, n).astype(np.float32)
    allocated = np.minimum(ordered, np.random.randint(0, 30, n)).astype(np.float32)
    priority = Tensor(np.random.randint(1, 4, n).astype(np.float32))
    return BackorderQueue(), (Tensor(ordered), Tensor(allocated), priority)
