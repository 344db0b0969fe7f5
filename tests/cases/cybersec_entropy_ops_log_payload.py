# case: compute payload byte-histogram entropy with vectorised ops.log and a where-guard for empty bins -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PayloadEntropy(nn.Cell):
    def __init__(self, eps=1e-12):
        super().__init__()
        self.eps = eps

    def construct(self, hist):
        probs = hist / hist.sum(axis=-1, keepdims=True)
        logp = ops.log(ops.clamp(probs, min=self.eps))
        terms = ops.where(probs > 0, -probs * logp, ops.zeros_like(probs))
        return terms.sum(-1)


class ExfilDetector(nn.Cell):
    def __init__(self, limit=2.5):
        super().__init__()
        self.entropy = PayloadEntropy()
        self.limit = limit

    def construct(self, hists):
        h = self.entropy(hists)
        return h > self.limit, h


def make():
    np.random.seed(20)
    hists = Tensor(np.random.randint(0, 30, size=(4, 16)).astype(np.float32))
    return ExfilDetector(), (hists,)
