# case: convert occupancy rate to a Python float to decide whether the "LOT FULL" sign is lit -> float() on tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FullSignController(nn.Cell):
    def __init__(self, full_at=0.95, capacity=30):
        super().__init__()
        self.full_at = full_at
        self.capacity = capacity

    def construct(self, occupied):
        rate = float(occupied.sum()) / self.capacity
        sign_on = rate >= self.full_at
        return Tensor(sign_on, ms.bool_), Tensor(rate, ms.float32)


def make():
    np.random.seed(20)
    occ = Tensor(np.random.randint(0, 2, 30).astype(np.int32))
    return FullSignController(), (occ,)
