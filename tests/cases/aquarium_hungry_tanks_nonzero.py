# case: find the indices of tanks whose last feeding is overdue and sum their hunger scores -> ops.nonzero gives a data-dependent length, expect dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedingScheduler(nn.Cell):
    def __init__(self, max_gap_hours=6.0):
        super().__init__()
        self.max_gap = max_gap_hours

    def hunger(self, hours_since_feed, biomass_kg):
        return hours_since_feed / self.max_gap * ops.log1p(biomass_kg)

    def construct(self, hours_since_feed, biomass_kg):
        score = self.hunger(hours_since_feed, biomass_kg)
        overdue = hours_since_feed > self.max_gap
        idx = ops.nonzero(overdue).squeeze(-1)
        overdue_scores = ops.gather(score, idx, 0)
        return overdue_scores.sum(), idx.shape[0]


def make():
    np.random.seed(31)
    hours = Tensor(np.random.uniform(0.0, 12.0, size=(40,)).astype(np.float32))
    biomass = Tensor(np.random.uniform(0.5, 20.0, size=(40,)).astype(np.float32))
    return FeedingScheduler(), (hours, biomass)
