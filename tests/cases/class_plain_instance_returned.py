# case: construct builds a plain Python result object from tensors and returns it; LAX runs it through interpreter fallback (dynamic), STRICT raises an error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectionOutput:
    def __init__(self, boxes, scores):
        self.boxes = boxes
        self.scores = scores


class Detector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.box_head = nn.Dense(8, 4)
        self.cls_head = nn.Dense(8, 1)

    def construct(self, feats):
        out = DetectionOutput(self.box_head(feats), ops.sigmoid(self.cls_head(feats)))
        return out


def make():
    return Detector(), (Tensor(np.random.randn(5, 8).astype(np.float32)),)
