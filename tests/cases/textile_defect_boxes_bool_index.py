# case: keep only candidate defect boxes whose confidence beats a threshold using boolean-mask indexing -> dynamic shape from bool indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxHead(nn.Cell):
    def __init__(self, feat=16, anchors=10):
        super().__init__()
        self.anchors = anchors
        self.box = nn.Dense(feat, anchors * 4)
        self.conf = nn.Dense(feat, anchors)

    def construct(self, feat):
        boxes = self.box(feat).reshape(self.anchors, 4)
        conf = ops.sigmoid(self.conf(feat)).reshape(self.anchors)
        return boxes, conf


class DefectDetector(nn.Cell):
    def __init__(self, conf_thr=0.5):
        super().__init__()
        self.head = BoxHead()
        self.conf_thr = conf_thr

    def construct(self, feat):
        boxes, conf = self.head(feat)
        keep = conf > self.conf_thr
        return boxes[keep], conf[keep]


def make():
    np.random.seed(5)
    feat = Tensor(np.random.randn(1, 16).astype(np.float32))
    return DefectDetector(), (feat,)
