# case: possession share per team computed from a fixed number of teams with one_hot and sum -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TeamPossessionShare(nn.Cell):
    def __init__(self, num_teams=2):
        super().__init__()
        self.num_teams = num_teams
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, team_ids):
        oh = ops.one_hot(team_ids, self.num_teams, self.on, self.off)
        counts = oh.sum(axis=0)
        total = team_ids.shape[0]
        return counts / total


def make():
    np.random.seed(5)
    seq = np.random.choice([0, 1], size=50).astype(np.int32)
    return TeamPossessionShare(), (Tensor(seq),)
