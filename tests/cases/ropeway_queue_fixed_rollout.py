# case: simulate the queue for a fixed 15-minute window appending each minute's queue to a list, loop over range of a Python int -> unrolled loop, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueRollout(nn.Cell):
    def __init__(self, cabin_capacity=8.0, cabins_per_min=6.0, minutes=15):
        super().__init__()
        self.throughput = cabin_capacity * cabins_per_min
        self.minutes = minutes

    def construct(self, queue0, arrivals_per_min):
        queue = queue0
        trace = []
        for m in range(self.minutes):
            queue = ops.relu(queue + arrivals_per_min[m] - self.throughput)
            trace.append(queue)
        trace = ops.stack(trace)
        wait_min = trace / self.throughput
        return trace, wait_min.max()


def make():
    np.random.seed(15)
    arr = np.random.uniform(10, 70, size=15).astype(np.float32)
    return QueueRollout(), (Tensor(np.float32(310.0)), Tensor(arr))
