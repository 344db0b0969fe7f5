# case: nucleus sampling keeps sorted probabilities under cumulative p via masked_select, then renormalises -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NucleusFilter(nn.Cell):
    def __init__(self, top_p=0.9, temperature=1.0):
        super().__init__()
        self.top_p = top_p
        self.temperature = temperature

    def construct(self, logits):
        probs = ops.softmax(logits / self.temperature, axis=-1)
        sorted_probs, sorted_idx = ops.sort(probs, axis=-1, descending=True)
        cum = ops.cumsum(sorted_probs, axis=-1)
        keep = (cum - sorted_probs) < self.top_p
        kept_probs = ops.masked_select(sorted_probs, keep)
        kept_idx = ops.masked_select(sorted_idx, keep)
        kept_probs = kept_probs / kept_probs.sum()
        best = ops.argmax(kept_probs)
        return kept_idx[best], kept_probs


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(32).astype(np.float32) * 3.0)
    return NucleusFilter(top_p=0.8), (logits,)
