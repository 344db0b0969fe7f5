# case: walk through sorted alert scores in a while loop on tensor values, appending alerts to a list until an analyst budget is spent, then stack them -> list grown in data-dependent loop, graph error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertBudgetSelector(nn.Cell):
    def __init__(self, budget=2.0):
        super().__init__()
        self.budget = budget

    def construct(self, alert_scores, alert_costs):
        order = ops.sort(alert_scores, descending=True)[1]
        costs = ops.gather(alert_costs, order, 0)
        chosen = []
        spent = Tensor(0.0, ms.float32)
        i = 0
        while spent + costs[i] <= self.budget:
            spent = spent + costs[i]
            chosen.append(order[i])
            i += 1
        return ops.stack(chosen), spent


def make():
    np.random.seed(8)
    scores = Tensor(np.random.rand(10).astype(np.float32))
    costs = Tensor(np.full((10,), 0.3, dtype=np.float32))
    return AlertBudgetSelector(), (scores, costs)
