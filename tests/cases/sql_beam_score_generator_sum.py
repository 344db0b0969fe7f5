# case: beam reranker sums per-clause scores with a generator expression over a tuple of sub-heads and zips them with a Python dict of clause weights -> generator in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClauseReranker(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.select_head = nn.Dense(hidden, 1)
        self.where_head = nn.Dense(hidden, 1)
        self.order_head = nn.Dense(hidden, 1)
        self.weights = {"select": 1.0, "where": 0.5, "order": 0.25}

    def construct(self, cand_states):
        heads = (("select", self.select_head), ("where", self.where_head), ("order", self.order_head))
        total = sum(self.weights[name] * head(cand_states).squeeze(-1) for name, head in heads)
        return ops.softmax(total, axis=0)


def make():
    np.random.seed(27)
    states = Tensor(np.random.randn(5, 8).astype(np.float32))
    return ClauseReranker(), (states,)
