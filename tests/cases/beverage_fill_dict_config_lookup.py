# case: fill-level classifier choosing the nominal fill height from a constant dict of bottle formats by a string key fixed at construction -> constant dict lookup with a Python string key
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FORMATS = {"pet_500ml": 62.0, "pet_1500ml": 88.0, "glass_330ml": 41.0}


class FillClassifier(nn.Cell):
    def __init__(self, bottle_format="pet_500ml", tol_mm=1.5):
        super().__init__()
        self.bottle_format = bottle_format
        self.tol_mm = tol_mm
        self.estimator = nn.Dense(12, 1)

    def construct(self, edge_features):
        nominal = FORMATS[self.bottle_format]
        level = self.estimator(edge_features).squeeze(-1) + nominal
        under = (level < nominal - self.tol_mm).astype(ms.int32)
        over = (level > nominal + self.tol_mm).astype(ms.int32)
        label = under * 1 + over * 2  # 0 ok, 1 underfill, 2 overfill
        return level, label


def make():
    np.random.seed(192)
    feats = np.random.randn(16, 12).astype(np.float32)
    return FillClassifier(), (Tensor(feats),)
