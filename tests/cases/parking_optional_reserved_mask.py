# case: optional reserved-slot mask handled with an `is None` test, reserved slots never offered -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AvailabilityBoard(nn.Cell):
    def __init__(self, num_slots=16):
        super().__init__()
        self.num_slots = num_slots

    def construct(self, occupied, reserved=None):
        available = 1 - occupied
        if reserved is not None:
            available = available * (1 - reserved)
        total = available.sum()
        return available, total


def make():
    np.random.seed(17)
    occ = Tensor(np.random.randint(0, 2, 16).astype(np.int32))
    res = Tensor((np.arange(16) < 3).astype(np.int32))
    return AvailabilityBoard(), (occ, res)
