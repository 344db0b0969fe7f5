# case: batched CTC greedy decode that marks dropped frames with -1 via ops.select, keeping the (B, T) shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchedGreedyCTC(nn.Cell):
    def __init__(self, dim=8, vocab=6, blank=0, pad_id=-1):
        super().__init__()
        self.proj = nn.Dense(dim, vocab)
        self.blank = blank
        self.pad_id = pad_id

    def keep_mask(self, ids, lengths):
        prev = ops.concat([ops.full((ids.shape[0], 1), -1, dtype=ids.dtype), ids[:, :-1]], axis=1)
        valid = ops.arange(ids.shape[1]).reshape(1, -1) < lengths.reshape(-1, 1)
        return ops.logical_and(ops.logical_and(ids != prev, ids != self.blank), valid)

    def construct(self, enc, lengths):
        logits = self.proj(enc)                              # (B, T, V)
        ids = ops.argmax(logits, dim=-1).astype(ms.int32)
        keep = self.keep_mask(ids, lengths)
        out = ops.select(keep, ids, ops.full_like(ids, self.pad_id))
        n_tokens = keep.astype(ms.int32).sum(axis=1)
        return out, n_tokens


def make():
    np.random.seed(41)
    enc = Tensor(np.random.randn(2, 9, 8).astype(np.float32))
    return BatchedGreedyCTC(), (enc, Tensor(np.array([9, 6], np.int32)))
