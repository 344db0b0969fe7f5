# case: top-p sampler keeps only the nucleus tokens with ops.masked_select and renormalises the surviving probabilities -> result length depends on data, dynamic shape or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_TOP_P = 0.85

class SamplerMixin:
    def _probs(self, logits):
        return ops.softmax(logits / self.temperature, axis=-1)

class NucleusSampler(nn.Cell, SamplerMixin):
    def __init__(self, config=None):
        super().__init__()
        self.top_p = getattr(config, "top_p", DEFAULT_TOP_P)
        self.temperature = getattr(config, "temperature", 1.0)

    def construct(self, logits):
        probs = self._probs(logits)
        sorted_p, sorted_ids = ops.sort(probs, descending=True)
        cum = ops.cumsum(sorted_p, axis=0)
        keep = (cum - sorted_p) < self.top_p
        nucleus_p = ops.masked_select(sorted_p, keep)
        nucleus_ids = ops.masked_select(sorted_ids, keep)
        return nucleus_ids, nucleus_p / nucleus_p.sum()

def make():
    np.random.seed(3716)
    sampler = NucleusSampler()
    logits = Tensor(np.random.randn(64).astype(np.float32) * 2)
    return sampler, (logits,)
