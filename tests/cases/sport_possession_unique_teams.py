# case: count distinct teams that held possession in a sequence via ops.unique and compute share per team -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PossessionShare(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()

    def construct(self, team_ids):
        teams, idx = self.unique(team_ids)
        n_teams = teams.shape[0]
        counts = ops.zeros((n_teams,), ms.float32)
        ones = ops.ones(idx.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, idx.reshape(-1, 1), ones)
        return teams, counts / idx.shape[0]


def make():
    np.random.seed(4)
    seq = np.random.choice([0, 1], size=50).astype(np.int32)
    return PossessionShare(), (Tensor(seq),)
