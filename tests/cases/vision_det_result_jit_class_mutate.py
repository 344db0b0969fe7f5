# case: detection head fills a @ms.jit_class result container and mutates its fields inside construct -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Detections:
    def __init__(self, boxes, scores):
        self.boxes = boxes
        self.scores = scores

    def scale(self, factor):
        return self.boxes * factor


class DetHead(nn.Cell):
    def __init__(self, in_ch=8, num_anchors=3, img_scale=32.0):
        super().__init__()
        self.reg = nn.Conv2d(in_ch, num_anchors * 4, 1, has_bias=True)
        self.cls = nn.Conv2d(in_ch, num_anchors, 1, has_bias=True)
        self.img_scale = img_scale

    def construct(self, feat):
        n = feat.shape[0]
        boxes = ops.sigmoid(self.reg(feat)).reshape(n, -1, 4)
        scores = ops.sigmoid(self.cls(feat)).reshape(n, -1)
        dets = Detections(boxes, scores)
        dets.boxes = dets.scale(self.img_scale)
        return dets.boxes, dets.scores


def make():
    np.random.seed(13)
    ms.set_seed(13)
    feat = Tensor(np.random.randn(1, 8, 4, 4).astype(np.float32))
    return DetHead(), (feat,)
