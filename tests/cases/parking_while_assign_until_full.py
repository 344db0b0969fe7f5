# case: greedy slot assignment appends assigned slot ids to a Python list while free slots remain (tensor condition) -> data-dependent loop growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyAssigner(nn.Cell):
    def __init__(self, max_cars=8):
        super().__init__()
        self.max_cars = max_cars

    def construct(self, free_mask, queue_len):
        # free_mask: (S,) 1.0 for free slots, queue_len: scalar tensor cars waiting
        assigned = []
        remaining = free_mask
        served = Tensor(0, ms.int32)
        while remaining.sum() > 0 and served < queue_len:
            slot = ops.argmax(remaining)
            assigned.append(slot)
            remaining = remaining * (1 - ops.one_hot(slot, remaining.shape[0], Tensor(1.0), Tensor(0.0)))
            served = served + 1
        return ops.stack(assigned)


def make():
    np.random.seed(12)
    free = Tensor(np.random.randint(0, 2, 10).astype(np.float32))
    return GreedyAssigner(), (free, Tensor(4, ms.int32))
