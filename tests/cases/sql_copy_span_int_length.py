# case: copy mechanism converts the predicted span length tensor with int() and uses it to slice question tokens to copy as a SQL literal -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanCopier(nn.Cell):
    def __init__(self, hidden=16, max_span=5):
        super().__init__()
        self.start_head = nn.Dense(hidden, 1)
        self.len_head = nn.Dense(hidden, max_span)

    def construct(self, question_states, question_ids):
        start_logits = self.start_head(question_states).squeeze(-1)
        start = ops.argmax(start_logits, dim=0)
        pooled = question_states.mean(axis=0)
        span_len = ops.argmax(self.len_head(pooled), dim=0) + 1
        length = int(span_len)
        begin = int(start)
        return question_ids[begin:begin + length]


def make():
    np.random.seed(11)
    qs = Tensor(np.random.randn(10, 16).astype(np.float32))
    ids = Tensor(np.random.randint(2, 100, size=(10,)).astype(np.int32))
    return SpanCopier(), (qs, ids)
