# case: confusion matrix as one_hot(labels).T @ one_hot(preds) with class count from __init__; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_onehot(x, depth):
    return ops.one_hot(x, depth, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


class ConfusionCounter(nn.Cell):
    def __init__(self, num_classes=6, normalize=False):
        super().__init__()
        self.num_classes = num_classes
        self.normalize = normalize

    def construct(self, logits, labels):
        preds = ops.argmax(logits, dim=-1)
        lab = to_onehot(labels, self.num_classes)
        prd = to_onehot(preds.astype(ms.int32), self.num_classes)
        cm = ops.matmul(lab.T, prd)
        if self.normalize:
            cm = cm / ops.clamp(cm.sum(axis=1, keepdims=True), min=1.0)
        tp = cm.diagonal()
        recall = tp / ops.clamp(cm.sum(axis=1), min=1.0)
        return cm, recall


def make():
    logits = Tensor(np.random.randn(40, 6).astype(np.float32))
    labels = Tensor(np.random.randint(0, 6, (40,)).astype(np.int32))
    return ConfusionCounter(), (logits, labels)
