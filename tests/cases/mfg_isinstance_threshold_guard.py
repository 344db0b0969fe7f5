# case: reject threshold may be given as a Python float or per-station tensor; an isinstance guard picks the comparison path -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationRejector(nn.Cell):
    def __init__(self, n_feat=4, default_threshold=0.5):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)
        self.default_threshold = default_threshold

    def resolve(self, threshold):
        if threshold is None:
            return self.default_threshold
        if isinstance(threshold, (int, float)):
            return float(threshold)
        return threshold.reshape(-1)

    def construct(self, x, threshold=None):
        score = ops.sigmoid(self.fc(x)).squeeze(-1)
        th = self.resolve(threshold)
        reject = (score > th).astype(ms.float32)
        return reject, reject.mean()


def make():
    np.random.seed(40)
    x = Tensor(np.random.randn(6, 4).astype(np.float32))
    th = Tensor(np.random.uniform(0.3, 0.7, size=(6, 1)).astype(np.float32))
    return StationRejector(), (x, th)
