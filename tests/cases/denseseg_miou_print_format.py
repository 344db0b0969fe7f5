# case: validation Cell computes per-class IoU and logs it with str.format of float(tensor) inside construct -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLASS_NAMES = ("background", "road", "car")


class IoUEvaluator(nn.Cell):
    def __init__(self, num_classes=3, verbose=True, eps=1e-6):
        super().__init__()
        self.num_classes = num_classes
        self.verbose = verbose
        self.eps = eps

    def iou_per_class(self, pred, gt):
        ious = []
        for c in range(self.num_classes):
            p = pred == c
            g = gt == c
            inter = ops.logical_and(p, g).astype(ms.float32).sum()
            union = ops.logical_or(p, g).astype(ms.float32).sum()
            ious.append(inter / (union + self.eps))
        return ious

    def construct(self, logits, gt):
        pred = ops.argmax(logits, dim=1).astype(ms.int32)
        ious = self.iou_per_class(pred, gt)
        miou = sum(ious) / self.num_classes
        if self.verbose:
            for name, iou in zip(CLASS_NAMES, ious):
                print("IoU {:>12s}: {:.4f}".format(name, float(iou)))
            print("mIoU: {:.4f}".format(float(miou)))
        return miou


def make():
    np.random.seed(30)
    logits = Tensor(np.random.randn(1, 3, 8, 8).astype(np.float32))
    gt = Tensor(np.random.randint(0, 3, size=(1, 8, 8)).astype(np.int32))
    return IoUEvaluator(), (logits, gt)
