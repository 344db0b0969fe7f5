# case: decoder attention keeps only the top-k encoder positions where k is the shortest text length in the batch -> dynamic shape / compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseTopKAttention(nn.Cell):
    def __init__(self, hidden=16, min_window=2):
        super().__init__()
        self.q = nn.Dense(hidden, hidden, has_bias=False)
        self.k = nn.Dense(hidden, hidden, has_bias=False)
        self.v = nn.Dense(hidden, hidden, has_bias=False)
        self.scale = hidden ** -0.5
        self.min_window = min_window

    def _window(self, text_lengths):
        return int(text_lengths.min())

    def construct(self, query, memory, text_lengths):
        # query: (B, H) one decoder step, memory: (B, T, H)
        scores = ops.bmm(memory, self.q(query).expand_dims(-1)).squeeze(-1) * self.scale
        k = self._window(text_lengths)
        k = max(k, self.min_window)
        top_scores, top_idx = ops.topk(scores, k)
        weights = ops.softmax(top_scores, -1)
        idx = top_idx.expand_dims(-1).broadcast_to((top_idx.shape[0], k, memory.shape[2]))
        vals = ops.gather_elements(self.v(memory), 1, idx)
        return (weights.expand_dims(-1) * vals).sum(1)


def make():
    np.random.seed(11)
    q = Tensor(np.random.randn(2, 16).astype(np.float32))
    mem = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    lens = Tensor(np.array([6, 4], dtype=np.int32))
    return SparseTopKAttention(), (q, mem, lens)
