# case: detection box-regression loss selects positive anchors with a boolean mask index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxRegLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.smooth_l1 = nn.SmoothL1Loss(beta=1.0, reduction="none")

    def construct(self, pred_boxes, gt_boxes, labels):
        pos = labels > 0
        p = pred_boxes[pos]
        g = gt_boxes[pos]
        loss = self.smooth_l1(p, g).sum()
        return loss / ops.maximum(pos.sum().astype(ms.float32), 1.0)


def make():
    pred = Tensor(np.random.randn(8, 4).astype(np.float32))
    gt = Tensor(np.random.randn(8, 4).astype(np.float32))
    labels = Tensor(np.array([0, 1, 0, 2, 0, 0, 1, 0], np.int32))
    return BoxRegLoss(), (pred, gt, labels)
