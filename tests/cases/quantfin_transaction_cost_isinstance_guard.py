# case: transaction-cost model that accepts either a scalar float cost or a per-asset cost tensor, dispatching with isinstance -> type guard resolved at compile time, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CostModel(nn.Cell):
    def __init__(self, impact_coef=0.1):
        super().__init__()
        self.impact_coef = impact_coef

    def linear_cost(self, trades, cost):
        if isinstance(cost, float):
            return ops.abs(trades).sum(axis=-1) * cost
        return (ops.abs(trades) * cost).sum(axis=-1)

    def construct(self, w_old, w_new, cost, adv):
        trades = w_new - w_old
        impact = self.impact_coef * (ops.abs(trades) ** 1.5 / ops.sqrt(adv)).sum(axis=-1)
        return self.linear_cost(trades, cost) + impact


def make():
    np.random.seed(33)
    w_old = Tensor(np.random.dirichlet(np.ones(6), size=3).astype(np.float32))
    w_new = Tensor(np.random.dirichlet(np.ones(6), size=3).astype(np.float32))
    cost = Tensor(np.random.uniform(1e-4, 1e-3, 6).astype(np.float32))
    adv = Tensor(np.random.uniform(0.5, 2.0, 6).astype(np.float32))
    return CostModel(), (w_old, w_new, cost, adv)
