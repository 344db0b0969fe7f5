# case: @ms.jit helper preparing a CTC target: counts non-padding characters with .item() and slices the label to that length before computing a per-character weight -> rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0
CHAR_WEIGHT_BASE = 1.0


def _valid_count(label):
    return (label != PAD_ID).astype(ms.int32).sum().item()


@ms.jit
def trim_label(label, char_freq):
    n = _valid_count(label)
    chars = label[:n]
    weights = CHAR_WEIGHT_BASE / ops.gather(char_freq, chars, 0)
    return chars, weights / weights.sum()


def make():
    np.random.seed(43)
    label = np.zeros(25, np.int32)
    label[:7] = np.random.randint(1, 37, size=7)
    freq = Tensor(np.random.rand(37).astype(np.float32) + 0.1)
    return trim_label, (Tensor(label), freq)
