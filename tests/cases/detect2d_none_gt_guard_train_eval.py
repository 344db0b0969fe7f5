# case: FCOS-style head that computes targets only when gt_boxes is not None (default None at inference) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FCOSHead(nn.Cell):
    def __init__(self, in_channels=8, num_classes=3, norm_reg_targets=True, stride=8):
        super().__init__()
        self.cls_conv = nn.Conv2d(in_channels, num_classes, 3, pad_mode="same")
        self.reg_conv = nn.Conv2d(in_channels, 4, 3, pad_mode="same")
        self.ctr_conv = nn.Conv2d(in_channels, 1, 3, pad_mode="same")
        self.norm_reg_targets = norm_reg_targets
        self.stride = stride

    def points(self, h, w):
        xs = (ops.arange(w, dtype=ms.float32) + 0.5) * self.stride
        ys = (ops.arange(h, dtype=ms.float32) + 0.5) * self.stride
        yy, xx = ops.meshgrid(ys, xs, indexing="ij")
        return ops.stack([xx.reshape(-1), yy.reshape(-1)], axis=1)

    def ltrb_targets(self, pts, gt_boxes):
        l = pts[:, None, 0] - gt_boxes[None, :, 0]
        t = pts[:, None, 1] - gt_boxes[None, :, 1]
        r = gt_boxes[None, :, 2] - pts[:, None, 0]
        b = gt_boxes[None, :, 3] - pts[:, None, 1]
        return ops.stack([l, t, r, b], axis=-1)

    def construct(self, feat, gt_boxes=None):
        cls = self.cls_conv(feat)
        reg = ops.relu(self.reg_conv(feat))
        if self.norm_reg_targets:
            reg = reg * self.stride
        ctr = self.ctr_conv(feat)
        if gt_boxes is None:
            return cls, reg, ctr
        pts = self.points(feat.shape[2], feat.shape[3])
        targets = self.ltrb_targets(pts, gt_boxes)
        inside = targets.min(axis=-1) > 0
        return cls, reg, ctr, targets, inside


def make():
    np.random.seed(24)
    feat = Tensor(np.random.randn(1, 8, 6, 6).astype(np.float32))
    return FCOSHead(), (feat,)
