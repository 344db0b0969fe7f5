# case: loop over range(n) where n is the tensor number of queued cars, accumulating walking distance -> loop bound from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueWalkDistance(nn.Cell):
    def __init__(self, slot_spacing_m=2.6):
        super().__init__()
        self.spacing = slot_spacing_m

    def construct(self, assigned_slots, queue_len):
        total = ops.zeros((), ms.float32)
        for i in range(queue_len):
            total = total + assigned_slots[i].astype(ms.float32) * self.spacing
        return total


def make():
    np.random.seed(26)
    slots = Tensor(np.random.randint(0, 30, 10).astype(np.int32))
    return QueueWalkDistance(), (slots, Tensor(6, ms.int32))
