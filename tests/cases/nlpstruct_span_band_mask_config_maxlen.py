# case: best answer span with max_answer_len and doc-stride cropping from config constants, invalid spans masked by band -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BestSpanDecoder(nn.Cell):
    def __init__(self, hidden=16, max_answer_len=4, max_context_len=8, question_offset=2):
        super().__init__()
        self.qa_outputs = nn.Dense(hidden, 2)
        self.max_answer_len = max_answer_len
        self.max_context_len = max_context_len
        self.question_offset = question_offset

    def _band(self, n):
        ones = ops.ones((n, n), ms.float32)
        return ops.triu(ones) * ops.tril(ones, self.max_answer_len - 1)

    def construct(self, hidden_states, context_mask):
        hidden_states = hidden_states[:, self.question_offset:self.question_offset + self.max_context_len]
        context_mask = context_mask[:, self.question_offset:self.question_offset + self.max_context_len]
        logits = self.qa_outputs(hidden_states)
        start, end = ops.split(logits, 1, -1)
        neg = (1.0 - context_mask.astype(ms.float32)) * -1e4
        start = start.squeeze(-1) + neg
        end = end.squeeze(-1) + neg
        n = start.shape[1]
        scores = start.expand_dims(2) + end.expand_dims(1)
        scores = ops.where(self._band(n) > 0, scores, ops.full_like(scores, -1e9))
        flat_best = scores.reshape(-1, n * n).argmax(-1)
        best_start = flat_best // n + self.question_offset
        best_end = flat_best % n + self.question_offset
        return best_start, best_end


def make():
    np.random.seed(0)
    hidden = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    mask = np.zeros((2, 12), np.int32)
    mask[0, 2:9] = 1
    mask[1, 2:6] = 1
    return BestSpanDecoder(), (hidden, Tensor(mask))
