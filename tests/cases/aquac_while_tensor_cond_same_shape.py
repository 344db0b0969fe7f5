# case: iterates a growth model in a while loop on a tensor condition until mean weight reaches harvest size, carrying a fixed-shape state -> control flow with constant shapes, compiles static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DaysToHarvest(nn.Cell):
    def __init__(self, harvest_g=500.0, daily_rate=0.03, max_days=365):
        super().__init__()
        self.harvest_g = harvest_g
        self.daily_rate = daily_rate
        self.max_days = max_days

    def construct(self, weights_g, temp_factor):
        days = Tensor(0, ms.int32)
        w = weights_g
        while w.mean() < self.harvest_g and days < self.max_days:
            w = w * (1.0 + self.daily_rate * temp_factor)
            days = days + 1
        return w, days


def make():
    np.random.seed(36)
    weights = Tensor((np.random.rand(12) * 100 + 50).astype(np.float32))
    temp_factor = Tensor(np.array(0.9, dtype=np.float32))
    return DaysToHarvest(), (weights, temp_factor)
