# case: @ms.jit validation function computing per-class Dice of argmax predictions in a Python loop over a constant class count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_CLASSES = 3


def binary_dice(p, t, smooth=1e-5):
    return (2.0 * (p * t).sum() + smooth) / (p.sum() + t.sum() + smooth)


@ms.jit
def per_class_dice(logits, target):
    pred = logits.argmax(axis=1)
    scores = []
    for c in range(1, NUM_CLASSES):
        p = (pred == c).astype(ms.float32)
        t = (target == c).astype(ms.float32)
        scores.append(binary_dice(p, t))
    return ops.stack(scores)


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(1, NUM_CLASSES, 4, 6, 6).astype(np.float32))
    target = Tensor(np.random.randint(0, NUM_CLASSES, (1, 4, 6, 6)).astype(np.int32))
    return per_class_dice, (logits, target)
