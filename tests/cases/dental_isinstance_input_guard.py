# case: scoring Cell accepting either one bitewing tensor or a tuple (left, right) checked with isinstance -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BitewingCariesScorer(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.conv = nn.Conv2d(1, channels, 3, pad_mode="same")
        self.fc = nn.Dense(channels, 1)

    def score_one(self, img):
        feat = ops.relu(self.conv(img)).mean(axis=(2, 3))
        return ops.sigmoid(self.fc(feat)).squeeze(-1)

    def construct(self, bitewing):
        if isinstance(bitewing, tuple):
            left = self.score_one(bitewing[0])
            right = self.score_one(bitewing[1])
            return ops.maximum(left, right)
        return self.score_one(bitewing)


def make():
    np.random.seed(31)
    left = np.random.rand(2, 1, 18, 24).astype(np.float32)
    right = np.random.rand(2, 1, 18, 24).astype(np.float32)
    return BitewingCariesScorer(), ((Tensor(left), Tensor(right)),)
