# case: detection KD weights every anchor's box loss by a float positive mask and teacher objectness, no gathering -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetBoxKD(nn.Cell):
    def __init__(self, pos_iou=0.5, box_weight=2.0, use_obj_weight=True):
        super().__init__()
        self.pos_iou = pos_iou
        self.box_weight = box_weight
        self.use_obj_weight = use_obj_weight
        self.smooth_l1 = nn.SmoothL1Loss(beta=1.0, reduction="none")

    def construct(self, s_boxes, t_boxes, t_obj, ious):
        pos = (ious > self.pos_iou).astype(ms.float32)
        w = pos
        if self.use_obj_weight:
            w = w * ops.sigmoid(t_obj)
        per_anchor = self.smooth_l1(s_boxes, t_boxes).sum(axis=-1)
        n_pos = ops.maximum(pos.sum(), Tensor(1.0, ms.float32))
        return self.box_weight * (per_anchor * w).sum() / n_pos


def make():
    np.random.seed(14)
    n = 24
    s_boxes = Tensor(np.random.rand(n, 4).astype(np.float32))
    t_boxes = Tensor(np.random.rand(n, 4).astype(np.float32))
    t_obj = Tensor(np.random.randn(n).astype(np.float32))
    ious = Tensor(np.random.rand(n).astype(np.float32))
    return DetBoxKD(), (s_boxes, t_boxes, t_obj, ious)
