# case: rank the top-3 most severe dose alerts per ward round with a configured k -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoseAlertRanker(nn.Cell):
    """Scores doses against the formulary ceiling and returns the worst offenders."""

    def __init__(self, n_drugs=12, top_k=3):
        super().__init__()
        self.top_k = top_k
        self.proj = nn.Dense(n_drugs, n_drugs)
        self.act = nn.Sigmoid()

    def _excess(self, dose, ceiling):
        return ops.relu(dose / ceiling - 1.0)

    def construct(self, dose, ceiling):
        sev = self.act(self.proj(self._excess(dose, ceiling)))
        values, idx = ops.topk(sev, self.top_k)
        return values, idx


def make():
    np.random.seed(12)
    dose = Tensor(np.random.uniform(50, 500, (4, 12)).astype(np.float32))
    ceiling = Tensor(np.full((4, 12), 300.0, np.float32))
    return DoseAlertRanker(12, 3), (dose, ceiling)
