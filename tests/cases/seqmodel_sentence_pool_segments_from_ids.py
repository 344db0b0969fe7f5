# case: pools token states into sentence vectors with segment ids, number of sentences read from the ids -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SentencePooler(nn.Cell):
    def __init__(self, hidden=8, out_dim=4, eps=1e-6):
        super().__init__()
        self.proj = nn.Dense(hidden, out_dim)
        self.eps = eps

    def _num_sentences(self, segment_ids):
        return segment_ids.max() + 1

    def construct(self, token_states, segment_ids):
        # token_states: (T, H) of one packed document, segment_ids: (T,) sentence index per token
        n_sent = self._num_sentences(segment_ids)
        sums = ops.unsorted_segment_sum(token_states, segment_ids, n_sent)
        ones = ops.ones((segment_ids.shape[0], 1), ms.float32)
        counts = ops.unsorted_segment_sum(ones, segment_ids, n_sent)
        means = sums / (counts + self.eps)
        return self.proj(means)


def make():
    np.random.seed(15)
    states = Tensor(np.random.randn(9, 8).astype(np.float32))
    seg = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 2, 2], np.int32))
    return SentencePooler(), (states, seg)
