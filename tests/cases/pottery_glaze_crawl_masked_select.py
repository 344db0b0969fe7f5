# case: keep only patch scores above the crawling threshold with masked_select and average them -> dynamic-shape op in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrawlScorer(nn.Cell):
    def __init__(self, in_ch=3, thresh=0.5):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, 1, 3, pad_mode="same")
        self.sigmoid = nn.Sigmoid()
        self.thresh = thresh

    def construct(self, photo):
        scores = self.sigmoid(self.conv(photo))
        flagged = ops.masked_select(scores, scores > self.thresh)
        severity = flagged.sum() / (flagged.shape[0] + 1e-6)
        return severity


def make():
    np.random.seed(2)
    photo = np.random.rand(2, 3, 16, 16).astype(np.float32)
    return CrawlScorer(), (Tensor(photo),)
