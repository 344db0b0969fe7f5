# case: span classifier building [start; end; width] span features by gathering endpoint states -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanEndpointExtractor(nn.Cell):
    def __init__(self, hidden=8, max_width=6, width_dim=4):
        super().__init__()
        self.width_embed = nn.Embedding(max_width + 1, width_dim)
        self.max_width = max_width

    def construct(self, states, spans):
        # states: (B, T, H); spans: (B, S, 2) inclusive [start, end]
        starts, ends = spans[..., 0], spans[..., 1]
        hidden = states.shape[-1]
        idx_s = ops.broadcast_to(starts.expand_dims(-1), starts.shape + (hidden,))
        idx_e = ops.broadcast_to(ends.expand_dims(-1), ends.shape + (hidden,))
        start_h = ops.gather_elements(states, 1, idx_s)
        end_h = ops.gather_elements(states, 1, idx_e)
        width = ops.clip_by_value(ends - starts, 0, self.max_width)
        return ops.concat((start_h, end_h, self.width_embed(width)), axis=-1)


class SpanClassifier(nn.Cell):
    def __init__(self, hidden=8, num_labels=4, max_width=6, width_dim=4):
        super().__init__()
        self.extract = SpanEndpointExtractor(hidden, max_width, width_dim)
        self.ffn = nn.SequentialCell([nn.Dense(2 * hidden + width_dim, hidden), nn.ReLU(), nn.Dense(hidden, num_labels)])

    def construct(self, states, spans, span_mask):
        logits = self.ffn(self.extract(states, spans))
        return ops.masked_fill(logits, ~span_mask.expand_dims(-1), -1e4)


def make():
    np.random.seed(37)
    states = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    spans = Tensor(np.array([[[0, 1], [2, 4], [5, 6]], [[1, 1], [3, 5], [0, 0]]], np.int32))
    mask = Tensor(np.array([[True, True, True], [True, True, False]]))
    return SpanClassifier(), (states, spans, mask)
