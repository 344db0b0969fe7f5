# case: loops for as many trucks as the tensor fleet size says and concatenates a route slot per truck -> for over range of a tensor value with growing concat, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FleetSlots(nn.Cell):
    def __init__(self, slot_len=4):
        super().__init__()
        self.slot_len = slot_len

    def construct(self, fleet_size, base_slot):
        slots = base_slot.reshape(1, -1)
        for _ in range(fleet_size - 1):
            slots = ops.concat((slots, base_slot.reshape(1, -1)), axis=0)
        return slots


def make():
    np.random.seed(19)
    base = Tensor(np.random.uniform(0, 1, size=(4,)).astype(np.float32))
    return FleetSlots(), (Tensor(3, ms.int32), base)
