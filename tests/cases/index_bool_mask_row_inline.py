# case: per-image mean of the probabilities above a threshold, selected with one row of a comparison mask (prob[0][bitmap[0]]) -> a boolean-mask selection: dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionScore(nn.Cell):
    def __init__(self, thresh=0.3):
        super().__init__()
        self.thresh = thresh

    def construct(self, pred):
        prob = pred[:, 0]
        bitmap = prob > self.thresh
        first = prob[0][bitmap[0]]
        return first.mean()


def make():
    np.random.seed(4)
    return RegionScore(), (Tensor(np.random.rand(2, 1, 6, 6).astype(np.float32)),)
