# case: team strength estimator averages the top-k player impact scores where k is a constructor config value -> topk with constant k, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CarryConfig:
    def __init__(self, stat_dim=8, carries=3):
        self.stat_dim = stat_dim
        self.carries = carries


class CarryStrength(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.k = cfg.carries
        self.impact = nn.Dense(cfg.stat_dim, 1)

    def construct(self, players):
        scores = self.impact(players).squeeze(-1)
        top_vals, top_idx = ops.topk(scores, self.k)
        top_players = ops.gather(players, top_idx, 0)
        return top_vals.mean() + top_players.mean() * 0.1


def make():
    np.random.seed(33)
    players = Tensor(np.random.randn(10, 8).astype(np.float32))
    return CarryStrength(CarryConfig(8, 3)), (players,)
