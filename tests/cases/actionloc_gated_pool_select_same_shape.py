# case: chooses between max-pooled and avg-pooled clip features with ops.select on a confidence test, both (B, C) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceSwitchPool(nn.Cell):
    def __init__(self, channels=8, thresh=0.5):
        super().__init__()
        self.score = nn.Dense(channels, 1)
        self.thresh = thresh

    def construct(self, x):
        # x: (B, T, C)
        conf = ops.sigmoid(self.score(x)).mean(axis=1)  # (B, 1)
        max_pool = x.max(axis=1)
        avg_pool = x.mean(axis=1)
        cond = ops.broadcast_to(conf > self.thresh, max_pool.shape)
        return ops.select(cond, max_pool, avg_pool)


def make():
    np.random.seed(34)
    x = Tensor(np.random.randn(2, 10, 8).astype(np.float32))
    return ConfidenceSwitchPool(), (x,)
