# case: feature-budget selector keeps the top-k columns where k is the count of positive gate logits (tensor) -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BudgetedFeatureSelector(nn.Cell):
    """Global learnable feature gates; the budget is the number of gates that are currently open."""

    def __init__(self, n_features=8, d_out=4, min_budget=1):
        super().__init__()
        init = np.linspace(-1.0, 1.0, n_features).astype(np.float32)
        self.gate_logits = Parameter(Tensor(init), name="gate_logits")
        self.min_budget = min_budget
        self.out = nn.Dense(1, d_out)

    def _budget(self):
        return ops.maximum((self.gate_logits > 0).astype(ms.int32).sum(), self.min_budget)

    def construct(self, x):
        k = self._budget()
        top_vals, top_idx = ops.topk(self.gate_logits, k)
        weights = ops.sigmoid(top_vals)
        chosen = ops.gather(x, top_idx, 1) * weights
        return self.out(chosen.mean(axis=1, keep_dims=True))


def make():
    np.random.seed(19)
    ms.set_seed(19)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return BudgetedFeatureSelector(), (x,)
