# case: live win-probability tracker stores the last prediction on self inside construct to smooth the next one -> attribute write on self of a tensor in construct, error or unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LiveWinTracker(nn.Cell):
    def __init__(self, feat_dim=7, momentum=0.8):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.momentum = momentum
        self.last_prob = Tensor(0.5, ms.float32)

    def construct(self, snapshot):
        prob = ops.sigmoid(self.fc(snapshot)).mean()
        smoothed = self.momentum * self.last_prob + (1 - self.momentum) * prob
        self.last_prob = smoothed
        return smoothed


def make():
    np.random.seed(10)
    snap = Tensor(np.random.randn(5, 7).astype(np.float32))
    return LiveWinTracker(7, 0.8), (snap,)
