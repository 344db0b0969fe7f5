# case: find which teams appear in a frame by building a Python set from the team tensor and sizing the output by its length -> set of tensor elements in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TeamCentroids(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, xy, team):
        present = set(team.asnumpy().tolist())
        n_teams = len(present)
        cent = ops.zeros((n_teams, 2), ms.float32)
        for t in range(n_teams):
            m = (team == t).astype(ms.float32).expand_dims(1)
            cent[t] = (xy * m).sum(axis=0) / m.sum()
        return cent


def make():
    np.random.seed(28)
    xy = (np.random.rand(22, 2) * [105, 68]).astype(np.float32)
    team = np.array([0] * 11 + [1] * 11, np.int32)
    return TeamCentroids(), (Tensor(xy), Tensor(team))
