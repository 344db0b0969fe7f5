# case: detection head zeroes low-confidence peaks by multiplying with the threshold mask instead of indexing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MOTConfig:
    def __init__(self, num_classes=1, det_thresh=0.4, output_mask=False):
        self.num_classes = num_classes
        self.det_thresh = det_thresh
        self.output_mask = output_mask


class ScoreFilterMixin:
    def filter_by_score(self, boxes, scores, thresh):
        keep = (scores > thresh).astype(scores.dtype)
        return boxes * keep.expand_dims(-1), scores * keep, keep


class CenterDetHead(nn.Cell, ScoreFilterMixin):
    def __init__(self, config, in_channels=8):
        super().__init__()
        self.det_thresh = config.det_thresh
        self.output_mask = config.output_mask
        self.hm = nn.Conv2d(in_channels, config.num_classes, 3, pad_mode="same", has_bias=True)
        self.wh = nn.Conv2d(in_channels, 4, 3, pad_mode="same", has_bias=True)

    def construct(self, feat):
        heat = ops.sigmoid(self.hm(feat))
        ltrb = ops.relu(self.wh(feat))
        scores = heat.reshape(-1)
        boxes = ltrb.reshape(4, -1).transpose(1, 0)
        boxes, scores, keep = self.filter_by_score(boxes, scores, self.det_thresh)
        outputs = (boxes, scores) + ((keep,) if self.output_mask else ())
        return outputs


def make():
    np.random.seed(12)
    feat = Tensor(np.random.randn(1, 8, 12, 12).astype(np.float32))
    return CenterDetHead(MOTConfig()), (feat,)
