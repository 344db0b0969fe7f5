# case: GNMT length penalty computed with math.pow on float(length) of a tensor length -> host conversion of a tensor in graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GNMTLengthNormalizer(nn.Cell):
    def __init__(self, alpha=0.6, base=5.0):
        super().__init__()
        self.alpha = alpha
        self.base = base

    def penalty(self, length):
        return math.pow((self.base + float(length)) / (self.base + 1.0), self.alpha)

    def construct(self, cum_logprob, length):
        return cum_logprob / self.penalty(length)


def make():
    np.random.seed(12)
    cum = Tensor(np.array([-4.2, -6.1, -3.3], dtype=np.float32))
    length = Tensor(7, ms.int32)
    return GNMTLengthNormalizer(), (cum, length)
