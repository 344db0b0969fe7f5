# case: QA span extraction, cut logits to the longest real context (length from tensor) before best span search -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanHead(nn.Cell):
    def __init__(self, hidden=16, max_answer_len=4):
        super().__init__()
        self.qa_outputs = nn.Dense(hidden, 2)
        self.max_answer_len = max_answer_len

    def _span_scores(self, start_logits, end_logits):
        seq = start_logits.shape[1]
        scores = start_logits.expand_dims(2) + end_logits.expand_dims(1)
        ones = ops.ones((seq, seq), ms.float32)
        band = ops.triu(ones) - ops.triu(ones, self.max_answer_len)
        return scores + (1.0 - band) * -1e4

    def construct(self, hidden_states, context_lengths):
        logits = self.qa_outputs(hidden_states)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        max_ctx = context_lengths.max()
        start_logits = start_logits[:, :max_ctx]
        end_logits = end_logits[:, :max_ctx]
        scores = self._span_scores(start_logits, end_logits)
        flat = scores.reshape(scores.shape[0], -1)
        best = flat.argmax(-1)
        seq = start_logits.shape[1]
        return best // seq, best % seq


def make():
    np.random.seed(0)
    hidden = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    lengths = Tensor(np.array([7, 5], np.int32))
    return SpanHead(), (hidden, lengths)
