# case: number of resurfacing windows taken from the count of booked games, then topk with that k -> Graph mode rejects or treats k as dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WearScorer(nn.Cell):
    def __init__(self, n_features):
        super().__init__()
        self.dense = nn.Dense(n_features, 1)

    def construct(self, feats):
        return ops.relu(self.dense(feats)).squeeze(-1)


class GameDayResurfacePlanner(nn.Cell):
    def __init__(self, n_features=5):
        super().__init__()
        self.scorer = WearScorer(n_features)

    def construct(self, slot_features, is_game):
        score = self.scorer(slot_features)
        n_games = int(is_game.sum())
        k = n_games + 1
        values, idx = ops.topk(score, k)
        return values, idx


def make():
    np.random.seed(3119)
    feats = np.random.rand(16, 5).astype(np.float32)
    games = (np.random.rand(16) > 0.75).astype(np.int32)
    return GameDayResurfacePlanner(), (Tensor(feats), Tensor(games))
