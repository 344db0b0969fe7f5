# case: extractive QA head pools the predicted answer span per example by slicing with argmax start/end -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanVerifierHead(nn.Cell):
    """Predict a span, then score the pooled span representation as answerable or not."""

    def __init__(self, hidden=8, max_answer_len=4):
        super().__init__()
        self.max_answer_len = max_answer_len
        self.qa_outputs = nn.Dense(hidden, 2)
        self.verifier = nn.Dense(hidden, 1)

    def construct(self, hidden_states):
        logits = self.qa_outputs(hidden_states)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        starts = start_logits.argmax(axis=-1)
        ends = end_logits.argmax(axis=-1)
        scores = []
        for b in range(hidden_states.shape[0]):
            s = starts[b]
            e = ops.minimum(ops.maximum(ends[b], s), s + self.max_answer_len - 1)
            span = hidden_states[b, s:e + 1]
            scores.append(self.verifier(span.mean(axis=0)))
        return ops.stack(scores), starts, ends


def make():
    np.random.seed(11)
    hs = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    return SpanVerifierHead(), (hs,)
