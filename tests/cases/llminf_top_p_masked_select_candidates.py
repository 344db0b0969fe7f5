# case: nucleus sampling that keeps candidate logits with masked_select before renormalising -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NucleusFilter(nn.Cell):
    def __init__(self, top_p=0.9):
        super().__init__()
        self.top_p = top_p

    def construct(self, logits):
        sorted_logits, sorted_idx = ops.sort(logits, axis=-1, descending=True)
        probs = ops.softmax(sorted_logits, axis=-1)
        cum = ops.cumsum(probs, axis=-1)
        keep = (cum - probs) < self.top_p
        cand_logits = ops.masked_select(sorted_logits, keep)
        cand_ids = ops.masked_select(sorted_idx, keep)
        cand_probs = ops.softmax(cand_logits, axis=0)
        best = ops.argmax(cand_probs)
        return cand_ids[best]


def make():
    np.random.seed(3)
    logits = Tensor(np.random.randn(1, 20).astype(np.float32) * 3)
    return NucleusFilter(), (logits,)
