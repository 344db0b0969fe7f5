# case: encode a patient's medication list as a multi-hot class vector via one_hot + max (duplicates collapse, no unique) -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolypharmacyRisk(nn.Cell):
    def __init__(self, n_classes=40, hidden=16):
        super().__init__()
        self.n_classes = n_classes
        self.mlp = nn.SequentialCell([
            nn.Dense(n_classes, hidden),
            nn.ReLU(),
            nn.Dense(hidden, 1),
        ])

    def multi_hot(self, codes):
        oh = ops.one_hot(codes, self.n_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return oh.max(axis=1)

    def construct(self, atc_codes):
        mh = self.multi_hot(atc_codes)
        n_distinct = mh.sum(axis=1)
        risk = ops.sigmoid(self.mlp(mh))
        return risk, n_distinct


def make():
    np.random.seed(52)
    codes = Tensor(np.random.randint(0, 40, (3, 15)).astype(np.int32))
    return PolypharmacyRisk(), (codes,)
