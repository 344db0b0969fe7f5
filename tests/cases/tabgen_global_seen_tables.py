# case: counts processed tables in a module-level global and uses it to decay the header prior inside construct -> global state mutated in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TABLES_SEEN = 0


class HeaderPrior(nn.Cell):
    def __init__(self, hidden=8, base_prior=0.8):
        super().__init__()
        self.head = nn.Dense(hidden, 1)
        self.base_prior = base_prior

    def construct(self, row_emb):
        global TABLES_SEEN
        TABLES_SEEN = TABLES_SEEN + 1
        prior = self.base_prior / TABLES_SEEN
        logits = self.head(row_emb).squeeze(-1)
        bonus = ops.zeros_like(logits)
        bonus[0] = prior
        return ops.sigmoid(logits + bonus)


def make():
    np.random.seed(28)
    rows = Tensor(np.random.randn(5, 8).astype(np.float32))
    return HeaderPrior(), (rows,)
