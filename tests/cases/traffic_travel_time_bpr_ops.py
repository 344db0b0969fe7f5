# case: BPR travel-time function on every link using ops.pow and a saturation clip, cumulative route time with cumsum -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BPRLinkCost(nn.Cell):
    def __init__(self, alpha=0.15, beta=4.0, max_ratio=3.0):
        super().__init__()
        self.alpha = alpha
        self.beta = beta
        self.max_ratio = max_ratio

    def construct(self, free_time, volume, capacity):
        ratio = ops.clip_by_value(volume / capacity, 0.0, self.max_ratio)
        return free_time * (1.0 + self.alpha * ops.pow(ratio, self.beta))


class RouteTravelTime(nn.Cell):
    def __init__(self):
        super().__init__()
        self.link = BPRLinkCost()

    def construct(self, free_time, volume, capacity):
        t = self.link(free_time, volume, capacity)
        arrival = ops.cumsum(t, axis=-1)
        return arrival, arrival[:, -1]


def make():
    np.random.seed(26)
    free_time = Tensor(np.random.uniform(1, 3, size=(3, 6)).astype(np.float32))
    volume = Tensor(np.random.uniform(200, 1500, size=(3, 6)).astype(np.float32))
    capacity = Tensor(np.full((3, 6), 1200.0, np.float32))
    return RouteTravelTime(), (free_time, volume, capacity)
