# case: lameness pipeline weights keypoints by a thresholded confidence mask and divides by the mask sum -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedKeypointMean(nn.Cell):
    def __init__(self, min_conf=0.5, eps=1e-6):
        super().__init__()
        self.min_conf = min_conf
        self.eps = eps

    def weights(self, confidence):
        w = ops.where(confidence > self.min_conf, confidence, ops.zeros_like(confidence))
        return w.expand_dims(-1)

    def construct(self, keypoints, confidence):
        w = self.weights(confidence)
        total = w.sum() + self.eps
        centroid = (keypoints * w).sum(axis=0) / total
        dist = ops.sqrt(((keypoints - centroid) ** 2).sum(axis=1, keepdims=True))
        spread = (dist * w).sum() / total
        return centroid, spread


def make():
    np.random.seed(15)
    kp = np.random.uniform(0, 640, (12, 2)).astype(np.float32)
    conf = np.random.uniform(0, 1, (12,)).astype(np.float32)
    return WeightedKeypointMean(), (Tensor(kp), Tensor(conf))
