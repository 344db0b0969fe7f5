# case: weighted cross-entropy with ignore_index, optional per-class weight list from the config and label smoothing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedIgnoreCE(nn.Cell):
    def __init__(self, num_classes=4, ignore_index=-100, class_weight=(1.0, 2.0, 1.0, 0.5),
                 label_smoothing=0.05):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index
        self.label_smoothing = label_smoothing
        self.class_weight = None
        if class_weight is not None:
            self.class_weight = Tensor(np.array(class_weight, np.float32))
        self.log_softmax = nn.LogSoftmax(axis=1)

    def _smoothed_targets(self, labels):
        oh = ops.one_hot(labels, self.num_classes, 1.0, 0.0)
        return oh * (1.0 - self.label_smoothing) + self.label_smoothing / self.num_classes

    def construct(self, logits, labels):
        valid = labels != self.ignore_index
        safe = ops.where(valid, labels, ops.zeros_like(labels))
        target = self._smoothed_targets(safe)
        loss = -(target * self.log_softmax(logits)).sum(axis=1)
        w = valid.astype(loss.dtype)
        if self.class_weight is not None:
            w = w * ops.gather(self.class_weight, safe, 0)
        return (loss * w).sum() / ops.clamp(w.sum(), min=1e-6)


def make():
    np.random.seed(33)
    logits = Tensor(np.random.randn(10, 4).astype(np.float32))
    labels = np.random.randint(0, 4, size=(10,)).astype(np.int32)
    labels[[2, 7]] = -100
    return WeightedIgnoreCE(), (logits, Tensor(labels))
