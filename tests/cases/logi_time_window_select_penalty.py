# case: computes lateness penalties for time windows with ops.select instead of a tensor if -> select keeps static shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeWindowPenalty(nn.Cell):
    def __init__(self, early_weight=0.5, late_weight=2.0, service_time=0.2):
        super().__init__()
        self.early_weight = early_weight
        self.late_weight = late_weight
        self.service_time = service_time

    def arrivals(self, travel):
        return ops.cumsum(travel + self.service_time, axis=0)

    def construct(self, travel, open_t, close_t):
        arr = self.arrivals(travel)
        zeros = ops.zeros_like(arr)
        early = ops.select(arr < open_t, (open_t - arr) * self.early_weight, zeros)
        late = ops.select(arr > close_t, (arr - close_t) * self.late_weight, zeros)
        return (early + late).sum(), arr


def make():
    np.random.seed(23)
    travel = Tensor(np.random.uniform(0.2, 1.0, size=(10,)).astype(np.float32))
    open_t = Tensor(np.sort(np.random.uniform(0, 5, size=(10,))).astype(np.float32))
    close_t = open_t + 1.5
    return TimeWindowPenalty(), (travel, open_t, close_t)
