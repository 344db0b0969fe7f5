# case: word-level features by gathering first-subtoken states at precomputed, padded word start offsets (fixed max_words) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WordStartGather(nn.Cell):
    def __init__(self, hidden=8, num_labels=5, max_words=5, pool="first"):
        super().__init__()
        self.max_words = max_words
        self.pool = pool
        self.proj = nn.Dense(hidden, hidden)
        self.classifier = nn.Dense(hidden, num_labels)

    def _gather_words(self, states, word_starts):
        idx = ops.clamp(word_starts, min=0)
        idx = ops.broadcast_to(idx.expand_dims(2), (idx.shape[0], idx.shape[1], states.shape[2]))
        return ops.gather_elements(states, 1, idx)

    def construct(self, subword_states, word_starts, word_ends):
        h = ops.gelu(self.proj(subword_states))
        word_starts = word_starts[:, :self.max_words]
        word_mask = (word_starts >= 0).astype(ms.float32).expand_dims(2)
        first = self._gather_words(h, word_starts)
        if self.pool == "first_last":
            last = self._gather_words(h, word_ends[:, :self.max_words])
            first = (first + last) * 0.5
        return self.classifier(first * word_mask)


def make():
    np.random.seed(0)
    states = Tensor(np.random.randn(2, 8, 8).astype(np.float32))
    starts = Tensor(np.array([[0, 2, 3, 6, -1, -1], [0, 1, 4, 5, 7, -1]], np.int32))
    ends = Tensor(np.array([[1, 2, 5, 7, -1, -1], [0, 3, 4, 6, 7, -1]], np.int32))
    return WordStartGather(), (states, starts, ends)
