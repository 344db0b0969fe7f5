# case: rank arriving cars among those wanting EV chargers with cumsum over a 0/1 mask, slot = rank or -1 -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EVChargerQueue(nn.Cell):
    def __init__(self, num_chargers=4):
        super().__init__()
        self.num_chargers = num_chargers

    def construct(self, wants_ev):
        # wants_ev: (cars,) 0/1 in arrival order
        rank = ops.cumsum(wants_ev, axis=0) - 1
        gets = ops.logical_and(wants_ev > 0, rank < self.num_chargers)
        slot = ops.where(gets, rank, ops.full_like(rank, -1))
        waiting = wants_ev.sum() - gets.astype(ms.int32).sum()
        return slot, waiting


def make():
    np.random.seed(32)
    wants = Tensor(np.random.randint(0, 2, 14).astype(np.int32))
    return EVChargerQueue(), (wants,)
