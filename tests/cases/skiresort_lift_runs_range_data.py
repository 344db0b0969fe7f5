# case: simulate as many chairlift cycles as the operator entered in a tensor, stacking the queue after each cycle -> range over int(tensor) and list grown in loop, expected error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def serve(queue, seats_per_cycle):
    return ops.maximum(queue - seats_per_cycle, ops.zeros_like(queue))


class LiftCycleSim(nn.Cell):
    def __init__(self, seats_per_cycle=4.0, arrival_rate=2.5):
        super().__init__()
        self.seats = seats_per_cycle
        self.arrival = arrival_rate

    def construct(self, queue0, n_cycles):
        queue = queue0
        history = []
        for _ in range(int(n_cycles)):
            queue = serve(queue + self.arrival, self.seats)
            history.append(queue)
        return ops.stack(history)


def make():
    np.random.seed(161)
    queue0 = Tensor(np.random.uniform(10, 60, (3,)).astype(np.float32))
    cycles = Tensor(np.array(6, np.int32))
    return LiftCycleSim(), (queue0, cycles)
