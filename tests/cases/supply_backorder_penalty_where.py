# case: backorder penalty per order line using ops.where and clamp over all lines -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackorderPenalty(nn.Cell):
    def __init__(self, penalty_per_unit=2.5, vip_multiplier=3.0):
        super().__init__()
        self.penalty_per_unit = penalty_per_unit
        self.vip_multiplier = vip_multiplier

    def line_penalty(self, missing, priority):
        weight = ops.where(priority >= 3, priority * self.vip_multiplier, priority)
        return missing * weight * self.penalty_per_unit

    def construct(self, ordered, allocated, priority):
        missing = ops.clamp(ordered - allocated, min=0.0)
        penalty = self.line_penalty(missing, priority)
        is_open = missing > 0
        n_open = is_open.astype(ms.int32).sum()
        worst = ops.argmax(penalty)
        return penalty.sum(), n_open, worst


def make():
    np.random.seed(7)
    n = 12
    ordered = np.random.randint(5, 30, n).astype(np.float32)
    allocated = np.minimum(ordered, np.random.randint(0, 30, n)).astype(np.float32)
    priority = Tensor(np.random.randint(1, 4, n).astype(np.float32))
    return BackorderPenalty(), (Tensor(ordered), Tensor(allocated), priority)
