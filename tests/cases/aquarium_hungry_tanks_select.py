# case: sum hunger scores only over overdue tanks using ops.select against zeros -> three-argument select keeps shape, expect static compile
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
        overdue_scores = ops.select(overdue, score, ops.zeros_like(score))
        n_overdue = overdue.astype(ms.int32).sum()
        return overdue_scores.sum(), n_overdue


def make():
    np.random.seed(32)
    hours = Tensor(np.random.uniform(0.0, 12.0, size=(40,)).astype(np.float32))
    biomass = Tensor(np.random.uniform(0.5, 20.0, size=(40,)).astype(np.float32))
    return FeedingScheduler(), (hours, biomass)
