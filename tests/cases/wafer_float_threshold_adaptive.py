# case: converts the lot mean anomaly score to a Python float to build an adaptive threshold, then masks dies -> host conversion of tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveDieFlagger(nn.Cell):
    def __init__(self, k_sigma=3.0):
        super().__init__()
        self.k_sigma = k_sigma

    def construct(self, scores):
        med = float(scores.mean())
        sigma = float(scores.std())
        limit = med + self.k_sigma * sigma
        flags = scores > limit
        return flags.astype(ms.int32)


def make():
    np.random.seed(7)
    s = np.random.randn(48).astype(np.float32)
    s[5] = 9.0
    return AdaptiveDieFlagger(), (Tensor(s),)
