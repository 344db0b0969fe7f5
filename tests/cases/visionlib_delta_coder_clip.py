# case: DeltaXYWH box coder decodes deltas with ops.clamp on dw/dh and a max_shape border clip given as a Python tuple -> static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WH_RATIO_CLIP = 16 / 1000


class CoderCfg:
    means = (0.0, 0.0, 0.0, 0.0)
    stds = (0.1, 0.1, 0.2, 0.2)
    clip_border = True


class DeltaXYWHBBoxCoder(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or CoderCfg()
        self.means = Tensor(np.array(cfg.means, np.float32))
        self.stds = Tensor(np.array(cfg.stds, np.float32))
        self.max_ratio = abs(math.log(WH_RATIO_CLIP))
        self.clip_border = cfg.clip_border

    def construct(self, rois, deltas, max_shape=None):
        deltas = deltas * self.stds + self.means
        dxy, dwh = deltas[:, :2], deltas[:, 2:]
        dwh = ops.clamp(dwh, -self.max_ratio, self.max_ratio)
        pxy = (rois[:, :2] + rois[:, 2:]) * 0.5
        pwh = rois[:, 2:] - rois[:, :2]
        gxy = pxy + pwh * dxy
        gwh = pwh * ops.exp(dwh)
        boxes = ops.concat((gxy - gwh * 0.5, gxy + gwh * 0.5), axis=1)
        if self.clip_border and max_shape is not None:
            h, w = max_shape
            boxes = ops.clamp(boxes, 0.0, float(max(h, w)))
        return boxes


def make():
    np.random.seed(3353)
    xy = np.random.rand(20, 2) * 50
    rois = Tensor(np.concatenate([xy, xy + 10 + np.random.rand(20, 2) * 30], 1).astype(np.float32))
    deltas = Tensor(np.random.randn(20, 4).astype(np.float32))
    return DeltaXYWHBBoxCoder(), (rois, deltas, (64, 80))
