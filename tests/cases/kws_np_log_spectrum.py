# case: log-power spectrum helper calls np.log10 / np.maximum directly on a tensor inside construct -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PowerToDB(nn.Cell):
    def __init__(self, amin=1e-10, top_db=80.0):
        super().__init__()
        self.amin = amin
        self.top_db = top_db

    def construct(self, power):
        db = Tensor(10.0 * np.log10(np.maximum(power, self.amin)), ms.float32)
        return ops.maximum(db, db.max() - self.top_db)


class SpectrogramClassifier(nn.Cell):
    def __init__(self, n_bins=17, n_classes=3):
        super().__init__()
        self.to_db = PowerToDB()
        self.fc = nn.Dense(n_bins, n_classes)

    def construct(self, spec):
        # spec: (B, T, bins) power
        db = self.to_db(spec)
        return self.fc(db.mean(axis=1))


def make():
    np.random.seed(21)
    spec = np.abs(np.random.randn(2, 12, 17)).astype(np.float32) ** 2
    return SpectrogramClassifier(), (Tensor(spec),)
