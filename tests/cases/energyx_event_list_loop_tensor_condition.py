# case: collects readings above a threshold into a list inside a fixed 24-hour loop with a tensor condition, then stacks them -> list length depends on data, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HighUsageEvents(nn.Cell):
    def __init__(self, hours=24, threshold=2.5):
        super().__init__()
        self.hours = hours
        self.threshold = threshold

    def construct(self, usage):
        events = []
        for h in range(self.hours):
            if usage[h] > self.threshold:
                events.append(usage[h])
        if len(events) == 0:
            return ops.zeros((1,), ms.float32)
        return ops.stack(events)


def make():
    np.random.seed(9)
    usage = np.random.uniform(0.0, 4.0, size=(24,)).astype(np.float32)
    return HighUsageEvents(), (Tensor(usage),)
