# case: label-smoothed cross entropy that infers the class count from the largest label in the batch -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelSmoothingCE(nn.Cell):
    def __init__(self, smoothing=0.1, reduction="mean"):
        super().__init__()
        self.smoothing = smoothing
        self.reduction = reduction
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _smooth_targets(self, labels, num_classes):
        on_value = 1.0 - self.smoothing
        off_value = self.smoothing / (num_classes - 1)
        one_hot = ops.one_hot(labels, num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return one_hot * (on_value - off_value) + off_value

    def construct(self, logits, labels):
        # only score the classes that actually occur up to the max label id
        num_classes = int(labels.max()) + 1
        logp = self.log_softmax(logits[:, :num_classes])
        targets = self._smooth_targets(labels, num_classes)
        loss = -(targets * logp).sum(axis=-1)
        if self.reduction == "mean":
            return loss.mean()
        return loss


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(6, 5).astype(np.float32))
    labels = Tensor(np.array([0, 3, 1, 3, 2, 1], dtype=np.int32))
    return LabelSmoothingCE(smoothing=0.1), (logits, labels)
