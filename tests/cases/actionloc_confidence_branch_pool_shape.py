# case: if mean confidence is high return time-pooled (B, C) else per-frame (B, T, C) features -> error, branches differ in shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceGatedPool(nn.Cell):
    def __init__(self, channels=8, thresh=0.5):
        super().__init__()
        self.score = nn.Dense(channels, 1)
        self.thresh = thresh

    def construct(self, x):
        # x: (B, T, C)
        conf = ops.sigmoid(self.score(x))
        if conf.mean() > self.thresh:
            out = (x * conf).sum(axis=1) / conf.sum(axis=1)
        else:
            out = x * conf
        return out


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(2, 10, 8).astype(np.float32))
    return ConfidenceGatedPool(), (x,)
