# case: store the number of detected lanes and the last existence vector on self inside construct for temporal smoothing -> error or unsupported attribute write in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalExistenceSmoother(nn.Cell):
    def __init__(self, num_lanes=4, momentum=0.7):
        super().__init__()
        self.momentum = momentum
        self.prev_exist = Tensor(np.zeros(num_lanes, np.float32))
        self.last_count = 0

    def construct(self, exist_logits):
        cur = ops.sigmoid(exist_logits)
        smoothed = self.momentum * self.prev_exist + (1 - self.momentum) * cur
        self.prev_exist = smoothed
        self.last_count = (smoothed > 0.5).sum()
        return smoothed


def make():
    np.random.seed(10)
    logits = Tensor(np.random.randn(4).astype(np.float32) * 3)
    return TemporalExistenceSmoother(), (logits,)
