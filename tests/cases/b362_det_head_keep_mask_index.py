# case: FairMOT-style detection head keeps centre-heatmap peaks above det_thresh through a boolean-mask helper in a mixin -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MOTConfig:
    def __init__(self, num_classes=1, head_conv=16, det_thresh=0.4, return_dict=False):
        self.num_classes = num_classes
        self.head_conv = head_conv
        self.det_thresh = det_thresh
        self.return_dict = return_dict


class ScoreFilterMixin:
    def filter_by_score(self, boxes, scores, thresh):
        keep = scores > thresh
        return boxes[keep], scores[keep]


class CenterDetHead(nn.Cell, ScoreFilterMixin):
    def __init__(self, config, in_channels=8):
        super().__init__()
        self.det_thresh = config.det_thresh
        self.hm = nn.Conv2d(in_channels, config.num_classes, 3, pad_mode="same", has_bias=True)
        self.wh = nn.Conv2d(in_channels, 4, 3, pad_mode="same", has_bias=True)
        self.sigmoid = nn.Sigmoid()

    def construct(self, feat):
        heat = self.sigmoid(self.hm(feat))            # (1, 1, H, W)
        ltrb = ops.relu(self.wh(feat))                # (1, 4, H, W)
        scores = heat.reshape(-1)
        boxes = ltrb.reshape(4, -1).transpose(1, 0)
        boxes, scores = self.filter_by_score(boxes, scores, self.det_thresh)
        return boxes, scores


def make():
    np.random.seed(11)
    feat = Tensor(np.random.randn(1, 8, 12, 12).astype(np.float32))
    return CenterDetHead(MOTConfig()), (feat,)
