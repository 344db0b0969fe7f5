# case: nucleus (top-p) sampling head sorts logits, builds the keep-mask from the cumulative probability and applies it by multiplication and ops.where before scattering back -> fixed shapes, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class SamplingConfig:
    def __init__(self, top_p=0.9, temperature=1.0, min_tokens_to_keep=1):
        self.top_p = top_p
        self.temperature = temperature
        self.min_tokens_to_keep = min_tokens_to_keep

class NucleusFilter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_p = config.top_p
        self.temperature = config.temperature
        self.min_keep = config.min_tokens_to_keep

    def _sorted_keep_mask(self, sorted_logits):
        cum = ops.cumsum(ops.softmax(sorted_logits, axis=-1), axis=-1)
        remove = (cum > self.top_p).astype(ms.float32)
        remove = ops.concat([ops.zeros_like(remove[:, :1]), remove[:, :-1]], axis=-1)
        remove[:, :self.min_keep] = 0.0
        return 1.0 - remove

    def construct(self, logits):
        logits = logits / self.temperature
        sorted_logits, sorted_idx = ops.sort(logits, axis=-1, descending=True)
        keep = self._sorted_keep_mask(sorted_logits)
        filtered = ops.where(keep > 0, sorted_logits, ops.full_like(sorted_logits, -1e9))
        inverse = ops.argsort(sorted_idx.astype(ms.float32), axis=-1)
        return ops.gather_elements(filtered, 1, inverse)

def make():
    np.random.seed(3715)
    f = NucleusFilter(SamplingConfig())
    logits = Tensor(np.random.randn(3, 40).astype(np.float32) * 3)
    return f, (logits,)
