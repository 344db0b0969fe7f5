# case: ops.cross_entropy with ignore_index and label_smoothing from config, wrapped with per-class weights; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedCE(nn.Cell):
    def __init__(self, num_classes=5, ignore_index=-1, smoothing=0.05):
        super().__init__()
        w = np.linspace(0.5, 1.5, num_classes).astype(np.float32)
        self.weight = ms.Parameter(Tensor(w), requires_grad=False)
        self.ignore_index = ignore_index
        self.smoothing = smoothing

    def construct(self, logits, labels):
        return ops.cross_entropy(logits, labels, self.weight, ignore_index=self.ignore_index,
                                 reduction="mean", label_smoothing=self.smoothing)


def make():
    logits = Tensor(np.random.randn(16, 5).astype(np.float32))
    labels = np.random.randint(0, 5, (16,)).astype(np.int32)
    labels[3] = -1
    return WeightedCE(), (logits, Tensor(labels))
