# case: calibrates sigmoid two-tower scores with an isotonic lookup table via np.interp on .asnumpy() inside construct -> host round trip, error (or fallback) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IsotonicCalibrator(nn.Cell):
    def __init__(self, bin_edges, bin_values):
        super().__init__()
        self.bin_edges = np.asarray(bin_edges, np.float32)
        self.bin_values = np.asarray(bin_values, np.float32)

    def construct(self, probs):
        raw = probs.asnumpy()
        calibrated = np.interp(raw, self.bin_edges, self.bin_values)
        return Tensor(calibrated.astype(np.float32))


class CalibratedTwoTower(nn.Cell):
    def __init__(self, feat_dim=12, emb_dim=8):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim, activation="relu")
        self.item_tower = nn.Dense(feat_dim, emb_dim, activation="relu")
        self.calibrator = IsotonicCalibrator([0.0, 0.3, 0.6, 0.8, 1.0], [0.0, 0.05, 0.2, 0.5, 0.9])

    def construct(self, users, items):
        u = self.user_tower(users)
        v = self.item_tower(items)
        probs = ops.sigmoid((u * v).sum(axis=-1))
        return self.calibrator(probs)


def make():
    np.random.seed(9)
    users = Tensor(np.random.randn(6, 12).astype(np.float32))
    items = Tensor(np.random.randn(6, 12).astype(np.float32))
    return CalibratedTwoTower(), (users, items)
