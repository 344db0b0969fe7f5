# case: score crawling defects and zero out sub-threshold patches with ops.where before averaging -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrawlScorerMasked(nn.Cell):
    def __init__(self, in_ch=3, thresh=0.5):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, 1, 3, pad_mode="same")
        self.sigmoid = nn.Sigmoid()
        self.thresh = thresh

    def construct(self, photo):
        scores = self.sigmoid(self.conv(photo))
        hit = scores > self.thresh
        kept = ops.where(hit, scores, ops.zeros_like(scores))
        count = hit.astype(ms.float32).sum()
        return kept.sum() / (count + 1e-6)


def make():
    np.random.seed(3)
    photo = np.random.rand(2, 3, 16, 16).astype(np.float32)
    return CrawlScorerMasked(), (Tensor(photo),)
