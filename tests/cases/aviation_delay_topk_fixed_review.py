# case: flight delay model ranks routes and keeps a fixed number of worst routes from the config -> top-k with Python constant k, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayConfig:
    n_features = 12
    hidden = 32
    review_slots = 5


class RouteDelayRanker(nn.Cell):
    def __init__(self, cfg=DelayConfig()):
        super().__init__()
        self.review_slots = cfg.review_slots
        self.fc1 = nn.Dense(cfg.n_features, cfg.hidden)
        self.fc2 = nn.Dense(cfg.hidden, 1)
        self.act = nn.GELU()

    def score(self, x):
        return self.fc2(self.act(self.fc1(x))).squeeze(-1)

    def construct(self, route_feats):
        delay_minutes = self.score(route_feats)
        worst_vals, worst_idx = ops.topk(delay_minutes, self.review_slots)
        share = worst_vals.sum() / (delay_minutes.abs().sum() + 1e-6)
        return worst_idx, share


def make():
    np.random.seed(12)
    feats = Tensor(np.random.randn(40, 12).astype(np.float32))
    return RouteDelayRanker(), (feats,)
