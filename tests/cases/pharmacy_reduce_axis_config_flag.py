# case: aggregate cabinet usage per drug or per day depending on a constructor flag that selects a constant axis -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UsageAggregator(nn.Cell):
    def __init__(self, per_drug=True, smoothing=0.3):
        super().__init__()
        self.axis = 0 if per_drug else 1
        self.smoothing = smoothing

    def smooth(self, x):
        return x * (1.0 - self.smoothing) + x.mean() * self.smoothing

    def construct(self, usage):
        total = ops.sum(self.smooth(usage), dim=self.axis)
        peak = ops.amax(usage, axis=self.axis)
        return total, peak / ops.maximum(total, 1e-3)


def make():
    np.random.seed(152)
    usage = Tensor(np.random.poisson(4, (7, 10)).astype(np.float32))
    return UsageAggregator(per_drug=True), (usage,)
