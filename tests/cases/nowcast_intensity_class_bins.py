# case: one-hot rain intensity classes from a constant tuple of thresholds in a Python loop, stacked on a channel axis -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

THRESHOLDS_MMH = (0.1, 2.5, 10.0, 50.0)


class IntensityClasses(nn.Cell):
    def __init__(self, thresholds=THRESHOLDS_MMH):
        super().__init__()
        self.thresholds = thresholds

    def construct(self, rain):
        above = [(rain >= t).astype(ms.float32) for t in self.thresholds]
        classes = [1.0 - above[0]]
        for i in range(len(above) - 1):
            classes.append(above[i] - above[i + 1])
        classes.append(above[-1])
        return ops.stack(classes, axis=1)


def make():
    np.random.seed(111)
    rain = Tensor(np.random.exponential(6.0, (2, 8, 8)).astype(np.float32))
    return IntensityClasses(), (rain,)
