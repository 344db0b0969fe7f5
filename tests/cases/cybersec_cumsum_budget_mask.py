# case: choose alerts within an analyst budget by sorting scores, taking a cumulative sum of costs and masking those under budget -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertBudgetSelector(nn.Cell):
    def __init__(self, budget=2.0):
        super().__init__()
        self.budget = budget

    def construct(self, alert_scores, alert_costs):
        _, order = ops.sort(alert_scores, descending=True)
        costs = ops.gather(alert_costs, order, 0)
        spent = ops.cumsum(costs, 0)
        within = spent <= self.budget
        chosen = ops.where(within, order, ops.full_like(order, -1))
        total = (costs * within.astype(ms.float32)).sum()
        return chosen, total


def make():
    np.random.seed(8)
    scores = Tensor(np.random.rand(10).astype(np.float32))
    costs = Tensor(np.full((10,), 0.3, dtype=np.float32))
    return AlertBudgetSelector(), (scores, costs)
