# case: R-CNN sampler gathers positive RoIs via IoU threshold and argwhere-style nonzero, then builds batch-indexed RoIs -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def box_iou(a, b):
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = ops.clamp(rb - lt, min=0.0)
    inter = wh[..., 0] * wh[..., 1]
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return inter / (area_a[:, None] + area_b[None, :] - inter)


class PositiveRoISampler(nn.Cell):
    def __init__(self, pos_iou=0.5):
        super().__init__()
        self.pos_iou = pos_iou

    def construct(self, proposals, gt_boxes):
        iou = box_iou(proposals, gt_boxes)
        best_iou = iou.max(axis=1)
        pos_idx = (best_iou >= self.pos_iou).nonzero().squeeze(-1)
        pos = proposals[pos_idx]
        batch_col = ops.zeros((pos.shape[0], 1), ms.float32)
        return ops.concat((batch_col, pos), axis=1)


def make():
    np.random.seed(19)
    xy = np.random.rand(40, 2).astype(np.float32) * 20
    props = np.concatenate([xy, xy + 8], axis=1)
    gt = np.array([[2, 2, 10, 10], [10, 10, 20, 20]], dtype=np.float32)
    return PositiveRoISampler(), (Tensor(props), Tensor(gt))
