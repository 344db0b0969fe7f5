# case: bbox target encoder computes log width/height ratios with np.log applied to tensors inside construct when computing regression targets -> NumPy call on tensors in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderCfg:
    stds = (0.1, 0.1, 0.2, 0.2)
    eps = 1e-6


def _center_size(boxes):
    wh = boxes[:, 2:] - boxes[:, :2]
    return boxes[:, :2] + 0.5 * wh, wh


class BBoxTargetEncoder(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else EncoderCfg()
        self.stds = Tensor(np.array(cfg.stds, np.float32))
        self.eps = cfg.eps

    def _log_ratio(self, gwh, pwh):
        return Tensor(np.log(gwh / pwh))

    def construct(self, proposals, gt_boxes):
        pxy, pwh = _center_size(proposals)
        gxy, gwh = _center_size(gt_boxes)
        dxy = (gxy - pxy) / (pwh + self.eps)
        dwh = self._log_ratio(gwh, pwh + self.eps)
        return ops.concat((dxy, dwh), axis=1) / self.stds


def make():
    np.random.seed(3377)
    xy = np.random.rand(12, 2) * 50
    props = Tensor(np.concatenate([xy, xy + 10 + np.random.rand(12, 2) * 20], 1).astype(np.float32))
    gxy = xy + np.random.randn(12, 2)
    gts = Tensor(np.concatenate([gxy, gxy + 10 + np.random.rand(12, 2) * 20], 1).astype(np.float32))
    return BBoxTargetEncoder(), (props, gts)
