# case: nucleus (top-p) filter sorts probabilities and keeps the prefix with a boolean-mask index, then renormalises the kept mass -> boolean indexing gives a data-dependent length; expect dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NucleusConfig:
    def __init__(self, top_p=0.9, min_tokens_to_keep=1, temperature=1.0):
        self.top_p = top_p
        self.min_tokens_to_keep = min_tokens_to_keep
        self.temperature = temperature


class NucleusFilter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_p = config.top_p
        self.min_keep = config.min_tokens_to_keep
        self.temperature = getattr(config, "temperature", 1.0)

    def _sorted_probs(self, logits):
        probs = ops.softmax(logits / self.temperature, axis=-1)
        return ops.sort(probs, axis=-1, descending=True)

    def construct(self, logits):
        sorted_probs, sorted_ids = self._sorted_probs(logits)
        cumulative = ops.cumsum(sorted_probs, axis=-1)
        keep = (cumulative - sorted_probs) < self.top_p
        kept_probs = sorted_probs[keep]
        kept_ids = sorted_ids[keep]
        kept_probs = kept_probs / kept_probs.sum()
        return kept_probs, kept_ids


def make():
    np.random.seed(3635)
    logits = Tensor((np.random.randn(32) * 3).astype(np.float32))
    return NucleusFilter(NucleusConfig()), (logits,)
