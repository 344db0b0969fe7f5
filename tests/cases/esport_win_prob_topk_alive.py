# case: match outcome model keeps the top-k players where k is the number of alive players read from a tensor -> topk with data-dependent k, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlayerScorer(nn.Cell):
    def __init__(self, stat_dim=8, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(stat_dim, hidden)
        self.fc2 = nn.Dense(hidden, 1)
        self.act = nn.ReLU()

    def construct(self, stats):
        return self.fc2(self.act(self.fc1(stats))).squeeze(-1)


class AliveTopKWinModel(nn.Cell):
    def __init__(self, stat_dim=8):
        super().__init__()
        self.scorer = PlayerScorer(stat_dim)
        self.sigmoid = ops.Sigmoid()

    def construct(self, player_stats, alive_flags):
        scores = self.scorer(player_stats)
        n_alive = alive_flags.sum().astype(ms.int32)
        top_scores, _ = ops.topk(scores, int(n_alive))
        team_strength = top_scores.mean()
        return self.sigmoid(team_strength)


def make():
    np.random.seed(0)
    stats = Tensor(np.random.randn(10, 8).astype(np.float32))
    alive = Tensor(np.array([1, 1, 0, 1, 1, 0, 1, 1, 1, 0], dtype=np.float32))
    return AliveTopKWinModel(8), (stats, alive)
