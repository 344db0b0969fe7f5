# case: glaze crawling detector zeroes low-confidence patch scores by multiplying with a float mask and averages over flagged patches -> fixed shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrawlScorer(nn.Cell):
    def __init__(self, channels=3, threshold=0.5):
        super().__init__()
        self.threshold = threshold
        self.conv = nn.Conv2d(channels, 8, 3, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Dense(8, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, patches):
        f = self.pool(ops.relu(self.conv(patches)))
        f = f.reshape(f.shape[0], -1)
        score = self.sigmoid(self.fc(f)).squeeze(-1)
        mask = (score > self.threshold).astype(score.dtype)
        flagged_sum = (score * mask).sum()
        count = ops.maximum(mask.sum(), 1.0)
        return flagged_sum / count


def make():
    np.random.seed(12)
    patches = np.random.rand(16, 3, 12, 12).astype(np.float32)
    return CrawlScorer(), (Tensor(patches),)
