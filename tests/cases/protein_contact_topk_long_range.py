# case: selects the top L/5 predicted long-range contacts where L is the real sequence length taken from a tensor -> error or dynamic shape (topk k from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongRangeContactPrecision(nn.Cell):
    def __init__(self, min_separation=6, fraction=5):
        super().__init__()
        self.min_sep = min_separation
        self.fraction = fraction

    def separation_mask(self, l):
        idx = ops.arange(l)
        sep = ops.abs(idx.expand_dims(0) - idx.expand_dims(1))
        return sep >= self.min_sep

    def construct(self, probs, true_contacts, seq_len):
        l = probs.shape[0]
        scores = ops.where(self.separation_mask(l), probs, ops.zeros_like(probs))
        k = seq_len // self.fraction
        top_vals, top_idx = ops.topk(scores.reshape(-1), k)
        hits = ops.gather(true_contacts.reshape(-1), top_idx, 0)
        return hits.astype(ms.float32).mean()


def make():
    np.random.seed(5)
    probs = np.random.rand(16, 16).astype(np.float32)
    probs = (probs + probs.T) / 2
    contacts = (np.random.rand(16, 16) < 0.2).astype(np.int32)
    return LongRangeContactPrecision(), (Tensor(probs), Tensor(contacts), Tensor(15, ms.int32))
