# case: per-player feature builder loops over range(stats.shape[0]), appends a fixed-size feature row for every player to a list and stacks it -> loop bound from static shape, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlayerFeatureBuilder(nn.Cell):
    def __init__(self, stat_dim=5):
        super().__init__()
        self.fc = nn.Dense(3 * stat_dim, 4)

    def player_row(self, stats, i):
        own = stats[i]
        team_mean = stats.mean(axis=0)
        return ops.concat((own, own - team_mean, own * team_mean))

    def construct(self, stats):
        rows = []
        for i in range(stats.shape[0]):
            rows.append(self.player_row(stats, i))
        feats = ops.stack(rows)
        return self.fc(feats)


def make():
    np.random.seed(47)
    stats = Tensor(np.random.randn(5, 5).astype(np.float32))
    return PlayerFeatureBuilder(5), (stats,)
