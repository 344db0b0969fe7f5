# case: turnover cost model accepting a scalar or per-asset cost tensor, dispatched with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TurnoverCost(nn.Cell):
    def __init__(self, cost=0.0010, impact_coef=0.1):
        super().__init__()
        self.cost = cost
        self.impact_coef = impact_coef

    def linear_cost(self, trades, cost):
        if isinstance(cost, (int, float)):
            return ops.abs(trades).sum(axis=-1) * cost
        return (ops.abs(trades) * cost).sum(axis=-1)

    def construct(self, w_old, w_new, per_asset_cost=None):
        trades = w_new - w_old
        cost = self.cost if per_asset_cost is None else per_asset_cost
        lin = self.linear_cost(trades, cost)
        impact = self.impact_coef * (ops.abs(trades) ** 1.5).sum(axis=-1)
        return lin + impact


def make():
    np.random.seed(29)
    w0 = np.random.dirichlet(np.ones(6), size=4).astype(np.float32)
    w1 = np.random.dirichlet(np.ones(6), size=4).astype(np.float32)
    c = np.linspace(5e-4, 2e-3, 6).astype(np.float32)
    return TurnoverCost(), (Tensor(w0), Tensor(w1), Tensor(c))
