# case: BPR travel-time function computed with math.pow and math.exp on a tensor volume/capacity ratio inside construct -> error in graph mode (math on tensors)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BPRTravelTime(nn.Cell):
    """Bureau of Public Roads link performance function with a logit penalty."""

    def __init__(self, alpha=0.15, beta=4.0):
        super().__init__()
        self.alpha = alpha
        self.beta = beta

    def construct(self, free_time, volume, capacity):
        ratio = (volume / capacity).mean()
        factor = 1.0 + self.alpha * math.pow(ratio, self.beta)
        penalty = math.exp(-ratio)
        return free_time * factor + penalty


def make():
    np.random.seed(25)
    free_time = Tensor(np.random.uniform(1, 3, size=(5,)).astype(np.float32))
    volume = Tensor(np.random.uniform(200, 1500, size=(5,)).astype(np.float32))
    capacity = Tensor(np.full(5, 1200.0, np.float32))
    return BPRTravelTime(), (free_time, volume, capacity)
