# case: signal-timing agent simulates queue discharge in a while loop on the tensor queue length, collecting per-second departures in a list -> error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueDischargeSim(nn.Cell):
    def __init__(self, saturation_flow=0.5, max_green=30):
        super().__init__()
        self.saturation_flow = saturation_flow
        self.max_green = max_green

    def construct(self, queue):
        departures = []
        t = 0
        while queue.sum() > 0 and t < self.max_green:
            served = ops.minimum(queue, self.saturation_flow)
            queue = queue - served
            departures.append(served)
            t += 1
        return ops.stack(departures), queue


def make():
    np.random.seed(10)
    queue = Tensor(np.random.randint(0, 4, size=(4,)).astype(np.float32))
    return QueueDischargeSim(), (queue,)
