# case: jit function computes accuracy over the last `window` attempts where window is a plain Python int argument -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def recent_accuracy(correct, window, mastery_cut):
    recent = correct[:, -window:]
    acc = recent.astype(ms.float32).mean(axis=1)
    mastered = (acc >= mastery_cut).astype(ms.int32)
    return acc, mastered


def make():
    np.random.seed(30)
    correct = Tensor(np.random.randint(0, 2, (5, 14)), ms.int32)
    return recent_accuracy, (correct, 5, 0.8)
