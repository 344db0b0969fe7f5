# case: beam rescoring computes a GNMT length penalty with math.pow/float on the tensor hypothesis length -> host Python math on tensors in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthNormalizer(nn.Cell):
    def __init__(self, alpha=0.6, end_id=1):
        super().__init__()
        self.alpha = alpha
        self.end_id = end_id

    def penalty(self, length):
        return math.pow((5.0 + float(length)) / 6.0, self.alpha)

    def construct(self, hyp_tokens, hyp_logp):
        not_end = (hyp_tokens != self.end_id).astype(ms.int32)
        length = not_end.sum() + 1
        total = hyp_logp.sum()
        return total / self.penalty(length)


def make():
    np.random.seed(23)
    toks = Tensor(np.array([5, 7, 9, 1, 0, 0], dtype=np.int32))
    logp = Tensor(np.log(np.random.rand(6)).astype(np.float32))
    return LengthNormalizer(), (toks, logp)
