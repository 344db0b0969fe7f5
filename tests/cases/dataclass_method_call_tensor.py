# case: @dataclass LossWeights stored on the Cell has a method combining tensors; method called in construct with tensor arguments -> static at LAX and STRICT
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class LossWeights:
    cls_w: float = 1.0
    box_w: float = 2.5

    def combine(self, cls_loss, box_loss):
        return self.cls_w * cls_loss + self.box_w * box_loss


class DetLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = LossWeights()

    def construct(self, logits, labels, boxes, gt):
        cls_loss = ops.cross_entropy(logits, labels)
        box_loss = ops.smooth_l1_loss(boxes, gt).mean()
        return self.w.combine(cls_loss, box_loss)


def make():
    logits = Tensor(np.random.randn(4, 3).astype(np.float32))
    labels = Tensor(np.array([0, 2, 1, 1], np.int32))
    boxes = Tensor(np.random.rand(4, 4).astype(np.float32))
    gt = Tensor(np.random.rand(4, 4).astype(np.float32))
    return DetLoss(), (logits, labels, boxes, gt)
