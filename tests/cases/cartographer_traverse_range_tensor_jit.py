# case: @ms.jit function applies a compass-rule correction to the first n legs of a traverse, looping range(n) with n a tensor -> loop count from data, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def compass_rule(legs, n_legs, misclosure):
    lengths = ops.sqrt((legs * legs).sum(-1))
    total = lengths.sum()
    corrected = legs
    for i in range(n_legs):
        share = lengths[i] / total
        corrected[i] = legs[i] - misclosure * share
    return corrected


def make():
    np.random.seed(72)
    legs = np.random.randn(10, 2).astype(np.float32) * 40.0
    mis = np.array([0.8, -0.5], np.float32)
    return compass_rule, (Tensor(legs), Tensor(7, ms.int32), Tensor(mis))
