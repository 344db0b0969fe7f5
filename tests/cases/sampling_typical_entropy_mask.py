# case: locally typical sampling ranks tokens by |surprisal - entropy|, keeps the smallest set reaching mass tau via sorted cumsum and masks the rest -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TypicalLogitsWarper(nn.Cell):
    def __init__(self, mass=0.9, filter_value=-1e9):
        super().__init__()
        self.mass = mass
        self.filter_value = filter_value

    def construct(self, logits):
        logp = ops.log_softmax(logits, axis=-1)
        p = ops.exp(logp)
        entropy = -(p * logp).sum(axis=-1, keepdims=True)
        shifted = ops.abs(-logp - entropy)
        sorted_shift, order = ops.sort(shifted, axis=-1)
        sorted_p = ops.gather_elements(p, 1, order)
        cum = ops.cumsum(sorted_p, axis=-1)
        last_ind = (cum < self.mass).astype(ms.int32).sum(axis=1, keepdims=True)
        last_ind = ops.clamp(last_ind, max=logits.shape[-1] - 1)
        cutoff = ops.gather_elements(sorted_shift, 1, last_ind)
        return ops.masked_fill(logits, shifted > cutoff, self.filter_value)


def make():
    np.random.seed(37)
    logits = Tensor(np.random.randn(3, 20).astype(np.float32) * 2)
    return TypicalLogitsWarper(mass=0.8), (logits,)
