# case: extract up to a fixed max number of entity spans by taking topk over start and end scores with k from the constructor and pairing them -> constant k, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanExtractor(nn.Cell):
    def __init__(self, hidden=12, max_entities=3, max_span_len=4):
        super().__init__()
        self.max_entities = max_entities
        self.max_span_len = max_span_len
        self.start_head = nn.Dense(hidden, 1)
        self.end_head = nn.Dense(hidden, 1)

    def construct(self, states):
        start = self.start_head(states).squeeze(-1)
        end = self.end_head(states).squeeze(-1)
        seq_len = states.shape[0]
        pair = start.expand_dims(1) + end.expand_dims(0)
        i = ops.arange(seq_len).expand_dims(1)
        j = ops.arange(seq_len).expand_dims(0)
        valid = ops.logical_and(j >= i, j - i < self.max_span_len)
        pair = ops.where(valid, pair, ops.full_like(pair, -1e9))
        top_scores, flat_idx = ops.topk(pair.reshape(-1), self.max_entities)
        return flat_idx // seq_len, flat_idx % seq_len, ops.sigmoid(top_scores)


def make():
    np.random.seed(47)
    states = np.random.randn(8, 12).astype(np.float32)
    return SpanExtractor(), (Tensor(states),)
