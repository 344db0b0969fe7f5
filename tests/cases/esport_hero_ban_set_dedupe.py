# case: ban-phase analyzer collects banned hero ids into a Python set via int() on tensor elements and uses the set size as the number of distinct bans -> set of host ints from tensor values in construct, unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BanPhaseAnalyzer(nn.Cell):
    def __init__(self, num_heroes=30, emb_dim=6, num_bans=6):
        super().__init__()
        self.hero_emb = nn.Embedding(num_heroes, emb_dim)
        self.num_bans = num_bans
        self.fc = nn.Dense(emb_dim, 1)

    def construct(self, bans):
        distinct = set()
        for i in range(self.num_bans):
            distinct.add(int(bans[i]))
        diversity = len(distinct) / self.num_bans
        pooled = self.hero_emb(bans).mean(axis=0, keep_dims=True)
        return ops.sigmoid(self.fc(pooled)) * diversity


def make():
    np.random.seed(21)
    bans = Tensor(np.array([4, 17, 4, 22, 9, 17], dtype=np.int32))
    return BanPhaseAnalyzer(30, 6, 6), (bans,)
