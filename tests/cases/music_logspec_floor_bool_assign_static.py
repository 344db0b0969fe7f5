# case: log-magnitude spectrogram frontend that floors tiny bins by boolean-mask assignment and normalises per-bin -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogSpecFrontend(nn.Cell):
    def __init__(self, n_bins=30, floor=1e-3, top_db=60.0, learn_norm=True):
        super().__init__()
        self.floor = floor
        self.top_db = top_db
        self.learn_norm = learn_norm
        self.norm = nn.BatchNorm1d(n_bins)

    def to_db(self, mag):
        db = 20.0 * ops.log10(mag)
        max_db = db.max(axis=(-2, -1), keepdims=True)
        return ops.maximum(db, max_db - self.top_db)

    def construct(self, mag):
        mag = mag.copy()
        mag[mag < self.floor] = self.floor
        db = self.to_db(mag)
        if self.learn_norm:
            db = self.norm(db)
        return db


def make():
    np.random.seed(35)
    mag = np.abs(np.random.randn(2, 30, 14)).astype(np.float32)
    mag[:, :3] = 1e-6
    net = LogSpecFrontend()
    net.set_train(False)
    return net, (Tensor(mag),)
