# case: detector head keeps a fixed top-k of anchor scores with the TopK primitive and zeroes low scores with where; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore import ops as P

NUM_CLASSES = 5
TOPK = 20
SCORE_THRESH = 0.3


class Head(nn.Cell):
    def __init__(self, cin=32):
        super().__init__()
        self.cls = nn.Conv2d(cin, NUM_CLASSES, 1, has_bias=True)
        self.reg = nn.Conv2d(cin, 4, 1, has_bias=True)

    def construct(self, feat):
        b = feat.shape[0]
        cls = self.cls(feat).reshape(b, NUM_CLASSES, -1).transpose(0, 2, 1)
        reg = self.reg(feat).reshape(b, 4, -1).transpose(0, 2, 1)
        return cls, reg


class Detector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.backbone = nn.SequentialCell([
            nn.Conv2d(3, 16, 3, stride=2, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(16, 32, 3, stride=2, pad_mode="same"), nn.ReLU()])
        self.head = Head()
        self.topk = P.TopK(sorted=True)
        self.gather_d = P.GatherD()

    def construct(self, img):
        cls, reg = self.head(self.backbone(img))
        scores = P.sigmoid(cls).max(axis=-1)
        top_scores, top_idx = self.topk(scores, TOPK)
        idx4 = P.tile(top_idx[..., None], (1, 1, 4))
        boxes = self.gather_d(reg, 1, idx4)
        valid = top_scores > SCORE_THRESH
        top_scores = P.where(valid, top_scores, P.zeros_like(top_scores))
        boxes = boxes * valid[..., None].astype(boxes.dtype)
        return boxes, top_scores


def make():
    return Detector(), (Tensor(np.random.randn(2, 3, 32, 32).astype(np.float32)),)
