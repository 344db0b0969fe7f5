# case: count the days of 1.5% food cuts needed to bring a hawk down to flying weight with a while loop on tensor values, carrying only scalar state -> tensor-condition while with fixed-shape state, expected to compile in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DaysToFlyingWeight(nn.Cell):
    def __init__(self, daily_loss_frac=0.015, max_days=60):
        super().__init__()
        self.daily_loss_frac = daily_loss_frac
        self.max_days = max_days

    def construct(self, weight_g, flying_weight_g):
        w = weight_g
        days = ops.zeros((), ms.int32)
        while w > flying_weight_g and days < self.max_days:
            w = w * (1.0 - self.daily_loss_frac)
            days = days + 1
        return days, w


def make():
    np.random.seed(3208)
    return DaysToFlyingWeight(), (Tensor(np.float32(1050.0)), Tensor(np.float32(960.0)))
