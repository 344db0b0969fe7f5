# case: mean IoU metric with the confusion matrix built by one_hot(label)^T @ one_hot(pred) under a validity mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeanIoU(nn.Cell):
    def __init__(self, num_classes=4, ignore_index=255, return_per_class=False):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index
        self.return_per_class = return_per_class

    def _confusion(self, preds, labels):
        valid = (labels != self.ignore_index).astype(ms.float32)
        safe = ops.where(labels == self.ignore_index, ops.zeros_like(labels), labels)
        gt_oh = ops.one_hot(safe, self.num_classes, 1.0, 0.0) * valid[:, None]
        pr_oh = ops.one_hot(preds, self.num_classes, 1.0, 0.0)
        return ops.matmul(gt_oh.T, pr_oh)

    def construct(self, logits, labels):
        preds = logits.argmax(axis=1).reshape(-1).astype(ms.int32)
        cm = self._confusion(preds, labels.reshape(-1))
        inter = (cm * ops.eye(self.num_classes, self.num_classes, ms.float32)).sum(axis=1)
        union = cm.sum(axis=0) + cm.sum(axis=1) - inter
        present = (cm.sum(axis=1) > 0).astype(ms.float32)
        iou = inter / ops.clamp(union, min=1.0)
        miou = (iou * present).sum() / ops.clamp(present.sum(), min=1.0)
        if self.return_per_class:
            return miou, iou
        return miou


def make():
    np.random.seed(35)
    logits = Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32))
    labels = np.random.randint(0, 4, size=(2, 6, 6)).astype(np.int32)
    labels[1, 2:4, 2:4] = 255
    return MeanIoU(), (logits, Tensor(labels))
