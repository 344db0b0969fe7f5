# case: combiner-box monitor collects the currents of strings below half the median into a list inside a loop with a tensor condition and stacks them -> list grown on tensor condition, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StringOutageCollector(nn.Cell):
    def __init__(self, n_strings=12, min_fraction=0.5):
        super().__init__()
        self.n_strings = n_strings
        self.min_fraction = min_fraction

    def construct(self, currents):
        median = ops.median(currents)[0]
        low = [median]
        for i in range(self.n_strings):
            if currents[i] < self.min_fraction * median:
                low.append(currents[i])
        low = ops.stack(low)
        lost_fraction = 1.0 - low[1:] / median
        return lost_fraction


def make():
    np.random.seed(10)
    currents = np.random.normal(8.0, 0.2, size=(12,)).astype(np.float32)
    currents[3] = 0.1
    currents[9] = 2.5
    return StringOutageCollector(), (Tensor(currents),)
