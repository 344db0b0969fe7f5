# case: simulate the queue draining minute by minute until it is empty, appending each minute's queue to a list, loop runs while the tensor queue is positive -> data-dependent while with growing list, Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueDrainSimulator(nn.Cell):
    def __init__(self, cabin_capacity=8.0, cabins_per_min=6.0):
        super().__init__()
        self.throughput = cabin_capacity * cabins_per_min

    def construct(self, queue0, arrivals_per_min):
        queue = queue0
        trace = []
        while queue > 0:
            queue = ops.relu(queue + arrivals_per_min - self.throughput)
            trace.append(queue)
        return ops.stack(trace), len(trace)


def make():
    return QueueDrainSimulator(), (Tensor(np.float32(310.0)), Tensor(np.float32(20.0)))
