# case: a queue popped from its head while it is not empty and holds work, what is left summed after the loop -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Fifo(nn.Cell):
    def construct(self, queue):
        slots = Tensor(0, ms.int32)
        served = Tensor(0.0, ms.float32)
        while queue.shape[0] > 0 and queue.sum() > 0:
            served = served + ops.minimum(queue[0], 500.0)
            slots = slots + 1
            queue = queue[1:]
        return slots, served + queue.sum()


def make():
    np.random.seed(5)
    return Fifo(), (Tensor(np.random.uniform(100, 900, size=(6,)).astype(np.float32)),)
