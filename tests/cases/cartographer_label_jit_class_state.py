# case: a @ms.jit_class label budget tracker is created in construct and its counter is incremented per feature layer -> jit_class attribute mutation in construct, error or accepted
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LabelBudget:
    def __init__(self, limit):
        self.limit = limit
        self.used = 0.0

    def spend(self, n):
        self.used = self.used + n
        return self.used


class LayerLabeler(nn.Cell):
    def __init__(self, n_layers=3, limit=40.0):
        super().__init__()
        self.n_layers = n_layers
        self.limit = limit

    def construct(self, layer_scores):
        budget = LabelBudget(self.limit)
        totals = []
        for i in range(self.n_layers):
            wanted = (layer_scores[i] > 0.5).astype(ms.float32).sum()
            totals.append(budget.spend(wanted))
        return ops.stack(totals)


def make():
    np.random.seed(54)
    scores = np.random.rand(3, 25).astype(np.float32)
    return LayerLabeler(), (Tensor(scores),)
