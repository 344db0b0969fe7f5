# case: scans lanes in order and appends each lane whose queue exceeds its storage (tensor comparison in an if) to a list, then stacks the spillback lanes -> list grown in a data-dependent loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpillbackDetector(nn.Cell):
    def __init__(self, vehicle_length=7.5):
        super().__init__()
        self.vehicle_length = vehicle_length

    def construct(self, queues, lane_lengths):
        storage = lane_lengths / self.vehicle_length
        spilled = []
        for i in range(queues.shape[0]):
            if queues[i] > storage[i]:
                spilled.append(queues[i] - storage[i])
        if len(spilled) == 0:
            return ops.zeros((1,), ms.float32)
        return ops.stack(spilled)


def make():
    np.random.seed(35)
    queues = Tensor(np.random.randint(0, 30, size=(8,)).astype(np.float32))
    lane_lengths = Tensor(np.random.uniform(60, 200, size=(8,)).astype(np.float32))
    return SpillbackDetector(), (queues, lane_lengths)
