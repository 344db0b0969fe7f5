# case: single-stage detector head returns a dict of per-level outputs keyed by strings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetHead(nn.Cell):
    def __init__(self, in_channels=4, num_classes=3, num_anchors=2, with_centerness=True):
        super().__init__()
        self.cls_conv = nn.Conv2d(in_channels, num_anchors * num_classes, 3, pad_mode="same")
        self.reg_conv = nn.Conv2d(in_channels, num_anchors * 4, 3, pad_mode="same")
        self.ctr_conv = nn.Conv2d(in_channels, num_anchors, 3, pad_mode="same")
        self.num_classes = num_classes
        self.num_anchors = num_anchors
        self.with_centerness = with_centerness

    def _flatten(self, t, last):
        b, _, h, w = t.shape
        return t.permute(0, 2, 3, 1).reshape(b, h * w * self.num_anchors, last)

    def construct(self, feat):
        outputs = {}
        outputs["cls_logits"] = self._flatten(self.cls_conv(feat), self.num_classes)
        outputs["bbox_regression"] = self._flatten(self.reg_conv(feat), 4)
        if self.with_centerness:
            outputs["centerness"] = self._flatten(self.ctr_conv(feat), 1)
        outputs["num_anchors"] = outputs["cls_logits"].shape[1]
        return outputs


def make():
    np.random.seed(33)
    feat = np.random.randn(2, 4, 3, 3).astype(np.float32)
    return DetHead(), (Tensor(feat),)
