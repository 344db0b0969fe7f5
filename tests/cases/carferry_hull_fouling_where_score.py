# case: hull fouling detector scores sonar grid cells with a three-argument ops.where and keeps the full grid shape -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FoulingScorer(nn.Cell):
    def __init__(self, threshold_db=-18.0, clean_db=-30.0):
        super().__init__()
        self.threshold = threshold_db
        self.clean = clean_db
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def severity(self, x):
        return (x - self.clean) / (self.threshold - self.clean)

    def construct(self, backscatter_db):
        h, w = backscatter_db.shape
        x = self.smooth(backscatter_db.reshape(1, 1, h, w))[0, 0]
        score = ops.where(x > self.threshold, self.severity(x), ops.zeros_like(x))
        fouled_fraction = (score > 0).astype(ms.float32).mean()
        return score, fouled_fraction


def make():
    np.random.seed(5)
    grid = np.random.normal(-25, 5, (16, 32)).astype(np.float32)
    grid[4:8, 10:16] += 12.0
    return FoulingScorer(), (Tensor(grid),)
