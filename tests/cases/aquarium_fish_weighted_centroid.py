# case: weight fish detection boxes by a confidence mask (multiplication, no filtering) to get the school's centroid -> mask used arithmetically, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectionHead(nn.Cell):
    def __init__(self, feat_dim=32):
        super().__init__()
        self.box = nn.Dense(feat_dim, 4)
        self.score = nn.Dense(feat_dim, 1)

    def construct(self, feats):
        return self.box(feats), ops.sigmoid(self.score(feats))


class WeightedSchoolCentroid(nn.Cell):
    def __init__(self, feat_dim=32, conf_thresh=0.5):
        super().__init__()
        self.head = DetectionHead(feat_dim)
        self.conf_thresh = conf_thresh

    def construct(self, feats):
        boxes, conf = self.head(feats)
        keep = (conf > self.conf_thresh).astype(ms.float32)
        centers = (boxes[:, :2] + boxes[:, 2:]) * 0.5
        total = keep.sum() + 1e-6
        return (centers * keep).sum(axis=0) / total, total


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(50, 32).astype(np.float32))
    return WeightedSchoolCentroid(), (feats,)
