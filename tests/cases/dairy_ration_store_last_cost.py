# case: ration cost model stores the latest computed cost tensor on self inside construct for later reporting -> graph mode attribute-write error or side effect
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RationCost(nn.Cell):
    def __init__(self, n_feeds=6, dm_target=22.0):
        super().__init__()
        self.dm_target = dm_target
        self.last_cost = None
        self.dm_fraction = Tensor(np.linspace(0.35, 0.9, n_feeds).astype(np.float32))

    def construct(self, kg_as_fed, price_per_kg):
        dry_matter = (kg_as_fed * self.dm_fraction).sum(axis=1)
        feed_cost = (kg_as_fed * price_per_kg).sum(axis=1)
        dm_penalty = (dry_matter - self.dm_target) ** 2
        total = feed_cost + 0.5 * dm_penalty
        self.last_cost = total.mean()
        return total


def make():
    np.random.seed(19)
    kg = np.random.uniform(1.0, 10.0, (4, 6)).astype(np.float32)
    price = np.random.uniform(0.05, 0.6, (6,)).astype(np.float32)
    return RationCost(), (Tensor(kg), Tensor(price))
