# case: combiner-box monitor loops a constant number of strings and stacks per-string ratios to the median with ops.where flags -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StringRatioMonitor(nn.Cell):
    def __init__(self, n_strings=12, min_fraction=0.5):
        super().__init__()
        self.n_strings = n_strings
        self.min_fraction = min_fraction

    def string_ratio(self, current, median):
        return current / (median + 1e-6)

    def construct(self, currents):
        median = ops.median(currents)[0]
        ratios = []
        for i in range(self.n_strings):
            ratios.append(self.string_ratio(currents[i], median))
        ratios = ops.stack(ratios)
        flags = ops.where(ratios < self.min_fraction,
                          ops.ones_like(ratios), ops.zeros_like(ratios))
        return ratios, flags


def make():
    np.random.seed(11)
    currents = np.random.normal(8.0, 0.2, size=(12,)).astype(np.float32)
    currents[3] = 0.1
    return StringRatioMonitor(), (Tensor(currents),)
