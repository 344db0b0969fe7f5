# case: builds a list of feeding times by stepping a tensor hour in a while loop until dusk -> data-dependent loop growing a list, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedingTimeline(nn.Cell):
    def __init__(self, interval_h=3.0, dusk_h=20.0):
        super().__init__()
        self.interval_h = interval_h
        self.dusk_h = dusk_h

    def construct(self, sunrise_h, biomass_kg):
        times = []
        t = sunrise_h
        while t < self.dusk_h:
            times.append(t)
            t = t + self.interval_h
        schedule = ops.stack(times)
        ration = biomass_kg.sum() * 0.015 / schedule.shape[0]
        return schedule, ration


def make():
    np.random.seed(7)
    sunrise = Tensor(np.array(6.0, dtype=np.float32))
    biomass = Tensor((np.random.rand(5) * 1000).astype(np.float32))
    return FeedingTimeline(), (sunrise, biomass)
