# case: draft win model one-hot encodes hero picks with the hero pool size from the constructor and projects the summed encodings -> one_hot depth is a constant, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DraftEncoder(nn.Cell):
    def __init__(self, hero_pool=24, hidden=10):
        super().__init__()
        self.hero_pool = hero_pool
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)
        self.proj = nn.Dense(hero_pool, hidden)

    def construct(self, picks):
        onehot = ops.one_hot(picks, self.hero_pool, self.on, self.off)
        return self.proj(onehot.sum(axis=1))


class DraftWinModel(nn.Cell):
    def __init__(self, hero_pool=24, hidden=10):
        super().__init__()
        self.enc = DraftEncoder(hero_pool, hidden)
        self.out = nn.Dense(hidden, 1)

    def construct(self, radiant_picks, dire_picks):
        diff = self.enc(radiant_picks) - self.enc(dire_picks)
        return ops.sigmoid(self.out(ops.relu(diff)))


def make():
    np.random.seed(42)
    r = Tensor(np.random.randint(0, 24, size=(4, 5)).astype(np.int32))
    d = Tensor(np.random.randint(0, 24, size=(4, 5)).astype(np.int32))
    return DraftWinModel(24, 10), (r, d)
