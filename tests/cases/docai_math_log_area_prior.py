# case: region prior divides box areas by math.log of the mean area tensor inside construct -> error (math function on a tensor)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AreaPrior(nn.Cell):
    def __init__(self, base=10.0):
        super().__init__()
        self.base = base

    def areas(self, boxes):
        return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])

    def construct(self, boxes, logits):
        area = self.areas(boxes)
        log_mean = math.log(area.mean() + self.base)
        prior = ops.log(area + self.base) / log_mean
        return ops.sigmoid(logits) * prior


def make():
    np.random.seed(51)
    xy = np.random.rand(8, 2).astype(np.float32) * 100
    wh = np.random.rand(8, 2).astype(np.float32) * 30 + 2
    boxes = Tensor(np.concatenate([xy, xy + wh], 1))
    return AreaPrior(), (boxes, Tensor(np.random.randn(8).astype(np.float32)))
