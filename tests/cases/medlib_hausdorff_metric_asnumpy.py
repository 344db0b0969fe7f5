# case: HausdorffDistance95 metric Cell extracts surface points with .asnumpy() and computes the percentile with NumPy inside construct -> host NumPy on tensors in construct, expected rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HDConfig:
    def __init__(self, percentile=95.0, include_background=False, directed=False):
        self.percentile = percentile
        self.include_background = include_background
        self.directed = directed


def _surface(mask):
    eroded = -ops.max_pool3d(-mask, 3, 1, 1)
    return mask - eroded


class HausdorffDistance(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = HDConfig() if config is None else config
        self.percentile = config.percentile
        self.include_background = config.include_background
        self.directed = config.directed

    def _directed_hd(self, a_pts, b_pts):
        d = np.sqrt(((a_pts[:, None, :] - b_pts[None, :, :]) ** 2).sum(-1))
        return np.percentile(d.min(axis=1), self.percentile)

    def construct(self, y_pred, y):
        if not self.include_background:
            y_pred, y = y_pred[:, 1:], y[:, 1:]
        sp = _surface(y_pred[0:1]).asnumpy()[0, 0]
        sg = _surface(y[0:1]).asnumpy()[0, 0]
        a_pts = np.argwhere(sp > 0).astype(np.float32)
        b_pts = np.argwhere(sg > 0).astype(np.float32)
        hd = self._directed_hd(a_pts, b_pts)
        if not self.directed:
            hd = max(hd, self._directed_hd(b_pts, a_pts))
        return Tensor(hd, ms.float32)


def make():
    np.random.seed(16)
    y = np.zeros((1, 2, 8, 8, 8), np.float32)
    y[0, 1, 2:6, 2:6, 2:6] = 1
    p = np.zeros((1, 2, 8, 8, 8), np.float32)
    p[0, 1, 3:7, 2:6, 1:5] = 1
    return HausdorffDistance(), (Tensor(p), Tensor(y))
