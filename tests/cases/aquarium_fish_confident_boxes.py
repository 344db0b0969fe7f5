# case: keep only fish detection boxes whose confidence passes the threshold before computing the school's centroid -> boolean-mask indexing, expect dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectionHead(nn.Cell):
    def __init__(self, feat_dim=32):
        super().__init__()
        self.box = nn.Dense(feat_dim, 4)
        self.score = nn.Dense(feat_dim, 1)

    def construct(self, feats):
        return self.box(feats), ops.sigmoid(self.score(feats)).squeeze(-1)


class SchoolCentroid(nn.Cell):
    def __init__(self, feat_dim=32, conf_thresh=0.5):
        super().__init__()
        self.head = DetectionHead(feat_dim)
        self.conf_thresh = conf_thresh

    def construct(self, feats):
        boxes, conf = self.head(feats)
        keep = conf > self.conf_thresh
        kept = boxes[keep]
        centers = (kept[:, :2] + kept[:, 2:]) * 0.5
        return centers.mean(axis=0)


def make():
    np.random.seed(21)
    feats = Tensor(np.random.randn(50, 32).astype(np.float32))
    return SchoolCentroid(), (feats,)
