# case: post-processing computes the centroid of changed pixels from ops.nonzero coordinates after thresholding -> nonzero output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostProcessConfig:
    def __init__(self, threshold=0.5, min_area=0):
        self.threshold = threshold
        self.min_area = min_area


def binarize(prob, thr):
    return (prob > thr).astype(ms.int32)


class ChangeCentroid(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.min_area = config.min_area

    def construct(self, change_prob):
        binary = binarize(change_prob[0, 0], self.threshold)
        coords = ops.nonzero(binary).astype(ms.float32)
        centroid = coords.mean(axis=0)
        area = binary.sum()
        return centroid, area


def make():
    np.random.seed(14)
    prob = Tensor(np.random.rand(1, 1, 24, 24).astype(np.float32))
    return ChangeCentroid(PostProcessConfig()), (prob,)
