# case: quota check computes each species' breach amount with ops.relu on the overshoot and a breach flag -> pure tensor ops, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuotaGuard(nn.Cell):
    def __init__(self, quotas_kg, warn_fraction=0.9):
        super().__init__()
        self.quotas = Tensor(np.array(quotas_kg, dtype=np.float32))
        self.warn_fraction = warn_fraction

    def construct(self, landed_kg, haul_kg):
        new_total = landed_kg + haul_kg
        breach = ops.relu(new_total - self.quotas)
        warn = new_total > self.quotas * self.warn_fraction
        status = ops.select(breach > 0, ops.full_like(new_total, 2.0),
                            ops.select(warn, ops.ones_like(new_total), ops.zeros_like(new_total)))
        return new_total, breach, status


def make():
    np.random.seed(33)
    landed = Tensor(np.array([1200.0, 300.0, 80.0], dtype=np.float32))
    haul = Tensor(np.random.uniform(50, 400, size=(3,)).astype(np.float32))
    return QuotaGuard([1500.0, 500.0, 100.0]), (landed, haul)
