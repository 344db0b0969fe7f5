# case: accuracy metric converts tensors to Python numbers with .item() and builds a result dict; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AccuracyMetric(nn.Cell):
    def __init__(self, prefix="val"):
        super().__init__()
        self.prefix = prefix

    def construct(self, logits, labels):
        pred = logits.argmax(-1)
        correct = (pred == labels).astype(ms.int32).sum().item()
        total = labels.shape[0]
        acc = correct / total
        return {self.prefix + "_acc": acc, self.prefix + "_correct": correct}


def make():
    logits = Tensor(np.random.randn(16, 4).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, (16,)).astype(np.int32))
    return AccuracyMetric(), (logits, labels)
