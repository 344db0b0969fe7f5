# case: serves a scheduling queue by popping the head packet in a while loop until the queue is empty, shrinking the tensor each time -> loop carries a tensor whose shape changes each iteration, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FifoScheduler(nn.Cell):
    def __init__(self, slot_capacity=500.0):
        super().__init__()
        self.capacity = slot_capacity

    def construct(self, queue_bits):
        slots = Tensor(0, ms.int32)
        served = Tensor(0.0, ms.float32)
        while queue_bits.shape[0] > 0 and queue_bits.sum() > 0:
            head = queue_bits[0]
            served = served + ops.minimum(head, self.capacity)
            slots = slots + 1
            queue_bits = queue_bits[1:]
        return slots, served


def make():
    np.random.seed(5)
    q = Tensor(np.random.uniform(100, 900, size=(6,)).astype(np.float32))
    return FifoScheduler(), (q,)
