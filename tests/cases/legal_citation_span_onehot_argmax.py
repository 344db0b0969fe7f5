# case: predict citation start/end with argmax and build the span mask by comparing against arange -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CitationSpanHead(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.start_head = nn.Dense(hidden, 1)
        self.end_head = nn.Dense(hidden, 1)

    def span_mask(self, start, end, seq_len):
        positions = ops.arange(0, seq_len, dtype=ms.int32).expand_dims(0)
        after_start = positions >= start.expand_dims(-1)
        before_end = positions <= end.expand_dims(-1)
        return ops.logical_and(after_start, before_end)

    def construct(self, hidden_states):
        seq_len = hidden_states.shape[1]
        start_logits = self.start_head(hidden_states).squeeze(-1)
        end_logits = self.end_head(hidden_states).squeeze(-1)
        start = ops.argmax(start_logits, dim=-1).astype(ms.int32)
        end = ops.argmax(end_logits, dim=-1).astype(ms.int32)
        end = ops.maximum(start, end)
        mask = self.span_mask(start, end, seq_len)
        span_vec = (hidden_states * mask.expand_dims(-1).astype(ms.float32)).sum(axis=1)
        return span_vec, mask


def make():
    np.random.seed(5)
    hidden = Tensor(np.random.randn(2, 18, 16).astype(np.float32))
    return CitationSpanHead(), (hidden,)
