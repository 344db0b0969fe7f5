# case: pairwise IoU between predicted and ground-truth symbol boxes with broadcasting, averaged best match -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def box_area(b):
    return (b[..., 2] - b[..., 0]).clip(0) * (b[..., 3] - b[..., 1]).clip(0)


class SymbolIoU(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, pred, gt):
        p = pred.expand_dims(1)
        g = gt.expand_dims(0)
        lt = ops.maximum(p[..., :2], g[..., :2])
        rb = ops.minimum(p[..., 2:], g[..., 2:])
        wh = (rb - lt).clip(0)
        inter = wh[..., 0] * wh[..., 1]
        union = box_area(p) + box_area(g) - inter
        iou = inter / (union + self.eps)
        return iou.max(axis=1).mean()


def make():
    np.random.seed(39)
    def boxes(n):
        xy = np.random.rand(n, 2) * 0.7
        return np.concatenate([xy, xy + np.random.rand(n, 2) * 0.3], 1).astype(np.float32)
    return SymbolIoU(), (Tensor(boxes(5)), Tensor(boxes(4)))
