# case: nucleus (top-p) token sampler whose top-k size is counted from the cumulative probability mass -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NucleusFilter(nn.Cell):
    def __init__(self, top_p=0.9, temperature=1.0, min_tokens=1):
        super().__init__()
        self.top_p = top_p
        self.temperature = temperature
        self.min_tokens = min_tokens

    def nucleus_size(self, probs):
        sorted_p, _ = ops.sort(probs, descending=True)
        cum = ops.cumsum(sorted_p, axis=-1)
        k = (cum < self.top_p).astype(ms.int32).sum() + 1
        return ops.maximum(k, self.min_tokens)

    def construct(self, logits):
        logits = logits / self.temperature
        probs = ops.softmax(logits, axis=-1)
        k = self.nucleus_size(probs)
        top_vals, top_idx = ops.topk(probs, k)
        top_vals = top_vals / top_vals.sum()
        return top_vals, top_idx


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(32).astype(np.float32) * 2)
    return NucleusFilter(), (logits,)
