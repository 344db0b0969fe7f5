# case: detection KD gathers positive anchors with nonzero on the IoU mask then regresses student boxes onto teacher boxes -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetBoxKD(nn.Cell):
    def __init__(self, pos_iou=0.5, box_weight=2.0):
        super().__init__()
        self.pos_iou = pos_iou
        self.box_weight = box_weight
        self.smooth_l1 = nn.SmoothL1Loss(beta=1.0)

    def positive_index(self, ious):
        return ops.nonzero(ious > self.pos_iou).reshape(-1)

    def construct(self, s_boxes, t_boxes, s_cls, t_cls, ious):
        idx = self.positive_index(ious)
        s_pos = ops.gather(s_boxes, idx, 0)
        t_pos = ops.gather(t_boxes, idx, 0)
        box_loss = self.smooth_l1(s_pos, t_pos).mean()
        cls_loss = ops.mse_loss(ops.sigmoid(s_cls), ops.sigmoid(t_cls))
        return cls_loss + self.box_weight * box_loss


def make():
    np.random.seed(13)
    n, c = 24, 3
    s_boxes = Tensor(np.random.rand(n, 4).astype(np.float32))
    t_boxes = Tensor(np.random.rand(n, 4).astype(np.float32))
    s_cls = Tensor(np.random.randn(n, c).astype(np.float32))
    t_cls = Tensor(np.random.randn(n, c).astype(np.float32))
    ious = Tensor(np.random.rand(n).astype(np.float32))
    return DetBoxKD(), (s_boxes, t_boxes, s_cls, t_cls, ious)
