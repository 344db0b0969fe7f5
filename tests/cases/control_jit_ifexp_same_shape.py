# case: jit conditional expression on data with same-shape arms
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def pick(x):
    return x * 2 if x.mean() > 0 else x - 1


def make():
    return pick, (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
