# case: flight delay model ranks routes and keeps the k worst, with k read from a tensor of the day's disruption level -> top-k with data-dependent k, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouteDelayRanker(nn.Cell):
    def __init__(self, n_features=12, hidden=32):
        super().__init__()
        self.encoder = nn.SequentialCell([
            nn.Dense(n_features, hidden),
            nn.ReLU(),
            nn.Dense(hidden, 1),
        ])

    def construct(self, route_feats, disruption_level):
        delay_minutes = self.encoder(route_feats).squeeze(-1)
        # more disruption -> more routes flagged for ops review
        k = int(disruption_level.sum())
        worst_vals, worst_idx = ops.topk(delay_minutes, k)
        return worst_vals, worst_idx


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(40, 12).astype(np.float32))
    disruption = Tensor(np.array([2, 3], dtype=np.int32))
    return RouteDelayRanker(), (feats, disruption)
