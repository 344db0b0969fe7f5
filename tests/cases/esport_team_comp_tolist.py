# case: draft analyzer converts hero pick ids to a Python list with tolist and sums synergy weights by looking them up in a Python loop -> tolist host round trip in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DraftSynergy(nn.Cell):
    def __init__(self, num_heroes=20, emb_dim=6):
        super().__init__()
        self.hero_emb = nn.Embedding(num_heroes, emb_dim)
        self.synergy = Tensor(np.linspace(0.0, 1.0, num_heroes).astype(np.float32))

    def construct(self, picks):
        emb = self.hero_emb(picks)
        total = 0.0
        for hero in picks.tolist():
            total = total + self.synergy[hero]
        return emb.mean() + total


def make():
    np.random.seed(16)
    picks = Tensor(np.array([2, 5, 11, 14, 19], dtype=np.int32))
    return DraftSynergy(20, 6), (picks,)
