# case: walks back from end-of-life in a while loop conditioned on tensor data, then slices the degraded tail from the found index -> dynamic shape at line 28 (or compile error at line 24)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetCollector(nn.Cell):
    """Walks backwards from end-of-life until the health index recovers."""

    def __init__(self, recover_level=0.3, max_lookback=32, min_len=2):
        super().__init__()
        self.recover_level = recover_level
        self.max_lookback = max_lookback
        self.min_len = min_len

    def _health_index(self, x):
        return ops.sigmoid(x.mean(axis=-1))

    def construct(self, feats):
        # feats: (time, features)
        hi = self._health_index(feats)
        t = hi.shape[0] - 1
        steps = 0
        while hi[t] > self.recover_level and steps < self.max_lookback:
            t = t - 1
            steps += 1
        start = t - self.min_len if steps < self.min_len else t
        tail = hi[start:]
        return tail.mean(), steps


def make():
    np.random.seed(15)
    base = np.linspace(-3, 3, 24).astype(np.float32)
    feats = base[:, None] + np.random.randn(24, 4).astype(np.float32) * 0.1
    return OnsetCollector(), (Tensor(feats),)
