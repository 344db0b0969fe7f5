# case: wrap the avalanche danger level in a plain Python helper class instantiated inside construct -> undecorated class created in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DangerBulletin:
    def __init__(self, level, wind):
        self.level = level
        self.wind = wind

    def adjusted(self):
        return self.level + 0.1 * self.wind


class DangerModel(nn.Cell):
    def __init__(self, n_feat=5):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)

    def construct(self, feat, wind):
        level = ops.sigmoid(self.fc(feat)).squeeze(-1) * 5.0
        bulletin = DangerBulletin(level, wind)
        return ops.clip_by_value(bulletin.adjusted(), 1.0, 5.0)


def make():
    np.random.seed(101)
    feat = Tensor(np.random.randn(8, 5).astype(np.float32))
    wind = Tensor(np.random.uniform(0, 20, (8,)).astype(np.float32))
    return DangerModel(), (feat, wind)
