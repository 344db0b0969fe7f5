# case: @ms.jit function averaging the most recent gob weights, window length given by a tensor converted with int() and used as a slice bound -> slice length from data, expect Graph mode error or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def recent_gob_mean(gob_weights, window):
    n = int(window)
    recent = gob_weights[-n:]
    return recent.mean(), recent.std()


def make():
    np.random.seed(181)
    w = (310.0 + 3.0 * np.random.randn(50)).astype(np.float32)
    return recent_gob_mean, (Tensor(w), Tensor(np.int32(12)))
