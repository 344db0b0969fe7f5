# case: aggregate cabinet usage either per drug or per day with the reduction axis passed in as a tensor -> graph mode needs a constant axis, should fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UsageAggregator(nn.Cell):
    def __init__(self, smoothing=0.3):
        super().__init__()
        self.smoothing = smoothing

    def smooth(self, x):
        return x * (1.0 - self.smoothing) + x.mean() * self.smoothing

    def construct(self, usage, axis_t):
        axis = int(axis_t)
        total = ops.sum(self.smooth(usage), dim=axis)
        return total


def make():
    np.random.seed(151)
    usage = Tensor(np.random.poisson(4, (7, 10)).astype(np.float32))
    axis_t = Tensor(np.array(1, np.int32))
    return UsageAggregator(), (usage, axis_t)
