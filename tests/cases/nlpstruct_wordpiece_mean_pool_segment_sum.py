# case: mean-pool word-piece vectors into a fixed max_words grid with unsorted_segment_sum (num_segments from config) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubwordToWordPooler(nn.Cell):
    def __init__(self, hidden=8, max_words=6, mode="mean"):
        super().__init__()
        self.max_words = max_words
        self.mode = mode
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, subword_states, word_ids):
        batch, seq_len, hidden = subword_states.shape
        valid = word_ids >= 0
        offsets = (ops.arange(batch, dtype=ms.int32) * (self.max_words + 1)).expand_dims(1)
        safe_ids = ops.where(valid, word_ids, ops.full_like(word_ids, self.max_words))
        seg = (safe_ids + offsets).reshape(-1)
        num_segments = batch * (self.max_words + 1)
        flat = subword_states.reshape(-1, hidden)
        summed = ops.unsorted_segment_sum(flat, seg, num_segments)
        if self.mode == "mean":
            counts = ops.unsorted_segment_sum(ops.ones((batch * seq_len, 1), ms.float32), seg, num_segments)
            summed = summed / ops.maximum(counts, ops.ones_like(counts))
        pooled = summed.reshape(batch, self.max_words + 1, hidden)[:, :self.max_words]
        return self.norm(pooled)


def make():
    np.random.seed(0)
    states = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    word_ids = Tensor(np.array([[0, 0, 1, 2, 2, 2, -1], [0, 1, 1, 2, 3, -1, -1]], np.int32))
    return SubwordToWordPooler(), (states, word_ids)
