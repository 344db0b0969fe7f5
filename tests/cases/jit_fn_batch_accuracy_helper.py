# case: @ms.jit function computing accuracy/precision/recall from logits with shared helpers and a module-level threshold; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

THRESHOLD = 0.5
EPS = 1e-7


def binarize(logits, thresh=THRESHOLD):
    return (ops.sigmoid(logits) > thresh).astype(ms.float32)


def safe_div(a, b):
    return a / (b + EPS)


@ms.jit
def binary_metrics(logits, labels):
    pred = binarize(logits)
    tp = (pred * labels).sum()
    fp = (pred * (1.0 - labels)).sum()
    fn = ((1.0 - pred) * labels).sum()
    acc = (pred == labels).astype(ms.float32).mean()
    precision = safe_div(tp, tp + fp)
    recall = safe_div(tp, tp + fn)
    f1 = safe_div(2.0 * precision * recall, precision + recall)
    return acc, precision, recall, f1


def make():
    logits = Tensor(np.random.randn(32).astype(np.float32))
    labels = Tensor((np.random.rand(32) > 0.5).astype(np.float32))
    return binary_metrics, (logits, labels)
