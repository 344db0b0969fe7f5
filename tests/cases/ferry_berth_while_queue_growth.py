# case: berth planner keeps concatenating idle slots while the remaining wait (a tensor) is positive -> loop-carried growing shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotPlanner(nn.Cell):
    def __init__(self, slot_minutes=15.0):
        super().__init__()
        self.slot_minutes = slot_minutes

    def construct(self, remaining_wait, first_slot):
        plan = first_slot
        while remaining_wait > 0:
            plan = ops.concat((plan, ops.zeros((1,), ms.float32)))
            remaining_wait = remaining_wait - self.slot_minutes
        return plan


def make():
    np.random.seed(7)
    wait = Tensor(np.array(50.0, dtype=np.float32))
    first = Tensor(np.array([1.0], dtype=np.float32))
    return SlotPlanner(), (wait, first)
