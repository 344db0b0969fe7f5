# case: simulate haul truck trips until the muck pile tonnage (tensor) is cleared, appending each trip's payload to a list -> data-dependent loop count, list grown in loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HaulDispatchSim(nn.Cell):
    def __init__(self, truck_capacity_t=40.0, fill_factor=0.92):
        super().__init__()
        self.capacity = truck_capacity_t
        self.fill = fill_factor

    def construct(self, muck_pile_t):
        remaining = muck_pile_t
        payloads = []
        while remaining > 0:
            load = ops.minimum(remaining, Tensor(self.capacity * self.fill, ms.float32))
            payloads.append(load)
            remaining = remaining - load
        trips = ops.stack(payloads)
        return trips, trips.sum()


def make():
    np.random.seed(51)
    pile = Tensor(np.float32(np.random.uniform(150, 260)))
    return HaulDispatchSim(), (pile,)
