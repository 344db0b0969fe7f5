# case: single-stage detector head keeps anchors above a score threshold with ops.nonzero + gather; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_CLASSES = 5
SCORE_THRESH = 0.3


def conv_bn_relu(cin, cout, stride=1):
    return nn.SequentialCell([
        nn.Conv2d(cin, cout, 3, stride=stride, pad_mode="same"),
        nn.BatchNorm2d(cout),
        nn.ReLU(),
    ])


class Detector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.backbone = nn.SequentialCell([conv_bn_relu(3, 16, 2), conv_bn_relu(16, 32, 2)])
        self.cls_head = nn.Conv2d(32, NUM_CLASSES, 1, has_bias=True)
        self.box_head = nn.Conv2d(32, 4, 1, has_bias=True)
        self.sigmoid = nn.Sigmoid()

    def construct(self, img):
        feat = self.backbone(img)
        b = feat.shape[0]
        cls = self.cls_head(feat).reshape(b, NUM_CLASSES, -1).transpose(0, 2, 1)
        box = self.box_head(feat).reshape(b, 4, -1).transpose(0, 2, 1)
        scores = self.sigmoid(cls).max(axis=-1)
        flat_scores = scores.reshape(-1)
        flat_boxes = box.reshape(-1, 4)
        idx = ops.nonzero(flat_scores > SCORE_THRESH).squeeze(-1)
        kept_boxes = ops.gather(flat_boxes, idx, 0)
        kept_scores = ops.gather(flat_scores, idx, 0)
        return kept_boxes, kept_scores


def make():
    return Detector(), (Tensor(np.random.randn(1, 3, 32, 32).astype(np.float32)),)
