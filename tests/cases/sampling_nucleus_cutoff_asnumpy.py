# case: finds the nucleus cutoff index on the host with .asnumpy() and np.searchsorted, then slices the sorted ids -> host round trip in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HostNucleusSampler(nn.Cell):
    def __init__(self, top_p=0.9):
        super().__init__()
        self.top_p = top_p

    def construct(self, logits):
        probs = ops.softmax(logits, axis=-1)
        sorted_probs, sorted_idx = ops.sort(probs, descending=True)
        cum = ops.cumsum(sorted_probs, axis=0).asnumpy()
        cutoff = int(np.searchsorted(cum, self.top_p)) + 1
        return sorted_idx[:cutoff], sorted_probs[:cutoff]


def make():
    np.random.seed(14)
    logits = Tensor(np.random.randn(16).astype(np.float32) * 2)
    return HostNucleusSampler(top_p=0.7), (logits,)
