# case: kill participation feature sums per-player ratios with a generator expression over the rows of a stats tensor -> generator expression over tensor in construct, unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KillParticipation(nn.Cell):
    def __init__(self, team_size=5):
        super().__init__()
        self.team_size = team_size
        self.scale = ms.Parameter(Tensor(1.0, ms.float32), name="scale")

    def construct(self, kills, assists, team_kills):
        ratios = (kills + assists) / (team_kills + 1.0)
        total = sum(r for r in ratios)
        return self.scale * total / self.team_size


def make():
    np.random.seed(18)
    kills = Tensor(np.array([4, 2, 7, 0, 3], dtype=np.float32))
    assists = Tensor(np.array([6, 9, 2, 11, 5], dtype=np.float32))
    team_kills = Tensor(16.0, ms.float32)
    return KillParticipation(5), (kills, assists, team_kills)
