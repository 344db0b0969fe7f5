# case: deduplicate the days on which wheels are due for turning with ops.unique and count turning days -> unique output length depends on data, expect dynamic or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TurningPlanner(nn.Cell):
    """Given each wheel's age in days, schedule its next turning day."""

    def __init__(self, young_every=1, old_every=3, young_age=14):
        super().__init__()
        self.young_every = young_every
        self.old_every = old_every
        self.young_age = young_age

    def next_turn(self, age_days, today):
        interval = ops.where(age_days < self.young_age,
                             ops.full_like(age_days, self.young_every),
                             ops.full_like(age_days, self.old_every))
        return today + interval - (age_days % interval)

    def construct(self, age_days, today):
        due = self.next_turn(age_days, today)
        days, idx = ops.unique(due)
        load = ops.zeros(days.shape, ms.int32)
        load = ops.tensor_scatter_add(load, idx.reshape(-1, 1), ops.ones_like(idx))
        return days, load


def make():
    np.random.seed(3209)
    ages = np.random.randint(1, 60, size=(24,)).astype(np.int32)
    return TurningPlanner(), (Tensor(ages), Tensor(100, ms.int32))
