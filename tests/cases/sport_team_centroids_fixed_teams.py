# case: team centroids for a fixed number of teams from the constructor using a constant loop and masked sums, stacked at the end -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedTeamCentroids(nn.Cell):
    def __init__(self, n_teams=2):
        super().__init__()
        self.n_teams = n_teams

    def centroid(self, xy, team, t):
        m = (team == t).astype(ms.float32).expand_dims(1)
        return (xy * m).sum(axis=0) / (m.sum() + 1e-6)

    def construct(self, xy, team):
        cents = []
        for t in range(self.n_teams):
            cents.append(self.centroid(xy, team, t))
        cents = ops.stack(cents)
        spread = ops.norm(cents[0] - cents[1])
        return cents, spread


def make():
    np.random.seed(29)
    xy = (np.random.rand(22, 2) * [105, 68]).astype(np.float32)
    team = np.array([0] * 11 + [1] * 11, np.int32)
    return FixedTeamCentroids(), (Tensor(xy), Tensor(team))
