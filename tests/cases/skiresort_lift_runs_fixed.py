# case: simulate a configured number of chairlift cycles over a Python range and stack the queue after each -> fixed loop count, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def serve(queue, seats_per_cycle):
    return ops.maximum(queue - seats_per_cycle, ops.zeros_like(queue))


class LiftCycleSimFixed(nn.Cell):
    def __init__(self, n_cycles=6, seats_per_cycle=4.0, arrival_rate=2.5):
        super().__init__()
        self.n_cycles = n_cycles
        self.seats = seats_per_cycle
        self.arrival = arrival_rate

    def construct(self, queue0):
        queue = queue0
        history = []
        for _ in range(self.n_cycles):
            queue = serve(queue + self.arrival, self.seats)
            history.append(queue)
        return ops.stack(history)


def make():
    np.random.seed(162)
    queue0 = Tensor(np.random.uniform(10, 60, (3,)).astype(np.float32))
    return LiftCycleSimFixed(), (queue0,)
