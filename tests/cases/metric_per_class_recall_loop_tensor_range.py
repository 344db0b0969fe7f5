# case: per-class recall averaged over classes present, looping range(int(labels.max()) + 1) with a tensor bound; expect error at STRICT, LAX error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def class_recall(pred, labels, c):
    is_c = (labels == c).astype(ms.float32)
    hit = ((pred == c).astype(ms.float32) * is_c).sum()
    return hit / ops.maximum(is_c.sum(), 1.0)


class MeanClassRecall(nn.Cell):
    def __init__(self):
        super().__init__()
        self.argmax = ops.Argmax(axis=-1, output_type=ms.int32)

    def construct(self, logits, labels):
        pred = self.argmax(logits)
        num_classes = int(labels.max()) + 1
        total = Tensor(0.0, ms.float32)
        for c in range(num_classes):
            total = total + class_recall(pred, labels, c)
        return total / num_classes


class Net(nn.Cell):
    def __init__(self, dim=12, classes=5):
        super().__init__()
        self.fc = nn.Dense(dim, classes)
        self.metric = MeanClassRecall()

    def construct(self, x, y):
        logits = self.fc(x)
        return logits, self.metric(logits, y)


def make():
    x = Tensor(np.random.randn(10, 12).astype(np.float32))
    y = Tensor(np.random.randint(0, 5, (10,)).astype(np.int32))
    return Net(), (x, y)
