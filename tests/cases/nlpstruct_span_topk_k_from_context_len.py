# case: n-best start/end candidates where n is capped by the shortest context length read from the tensor -> dynamic shape / compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NBestSpanExtractor(nn.Cell):
    def __init__(self, hidden=16, n_best_size=5, max_answer_length=3):
        super().__init__()
        self.start_head = nn.Dense(hidden, 1)
        self.end_head = nn.Dense(hidden, 1)
        self.n_best_size = n_best_size
        self.max_answer_length = max_answer_length

    def _valid_pairs(self, start_idx, end_idx):
        diff = end_idx.expand_dims(2) - start_idx.expand_dims(1)
        return ops.logical_and(diff >= 0, diff < self.max_answer_length)

    def construct(self, hidden_states, context_len):
        start_logits = self.start_head(hidden_states).squeeze(-1)
        end_logits = self.end_head(hidden_states).squeeze(-1)
        n = ops.minimum(context_len.min(), Tensor(self.n_best_size, ms.int32))
        top_s, s_idx = ops.topk(start_logits, n)
        top_e, e_idx = ops.topk(end_logits, n)
        pair_scores = top_e.expand_dims(2) + top_s.expand_dims(1)
        valid = self._valid_pairs(s_idx, e_idx)
        pair_scores = ops.masked_fill(pair_scores, ~valid, -1e4)
        return pair_scores.reshape(pair_scores.shape[0], -1).max(axis=-1)


def make():
    np.random.seed(0)
    hidden = Tensor(np.random.randn(2, 9, 16).astype(np.float32))
    ctx_len = Tensor(np.array([7, 4], np.int32))
    return NBestSpanExtractor(), (hidden, ctx_len)
