# case: confusion matrix by tensor_scatter_add of (label, pred) index pairs, ignored pixels routed to weight zero -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfusionMatrixMetric(nn.Cell):
    def __init__(self, num_classes=4, ignore_index=255):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index

    def _pairs(self, logits, labels):
        preds = logits.argmax(axis=1).reshape(-1).astype(ms.int32)
        gts = labels.reshape(-1)
        valid = gts != self.ignore_index
        gts = ops.where(valid, gts, ops.zeros_like(gts))
        return ops.stack([gts, preds], axis=1), valid.astype(ms.float32)

    def construct(self, logits, labels):
        idx, weight = self._pairs(logits, labels)
        cm = ops.zeros((self.num_classes, self.num_classes), ms.float32)
        cm = ops.tensor_scatter_add(cm, idx, weight)
        tp = (cm * ops.eye(self.num_classes, self.num_classes, ms.float32)).sum(axis=1)
        union = cm.sum(axis=0) + cm.sum(axis=1) - tp
        iou = tp / ops.clamp(union, min=1.0)
        return cm, iou.mean()


def make():
    np.random.seed(29)
    logits = Tensor(np.random.randn(2, 4, 5, 5).astype(np.float32))
    labels = np.random.randint(0, 4, size=(2, 5, 5)).astype(np.int32)
    labels[0, :, 0] = 255
    return ConfusionMatrixMetric(), (logits, Tensor(labels))
