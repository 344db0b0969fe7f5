# case: clause span extractor that builds a plain Python SpanResult object in construct, mutates its fields and returns it -> custom Python class instance created and returned from construct, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanResult:
    def __init__(self, start, end):
        self.start = start
        self.end = end
        self.score = None


class ClauseSpanExtractor(nn.Cell):
    def __init__(self, hidden=12):
        super().__init__()
        self.boundary = nn.Dense(hidden, 2)

    def construct(self, hidden_states):
        logits = self.boundary(hidden_states)                   # (L, 2)
        start = ops.argmax(logits[:, 0], dim=0)
        end = ops.argmax(logits[:, 1], dim=0)
        result = SpanResult(start, end)
        result.score = logits[:, 0].max() + logits[:, 1].max()
        return result


def make():
    np.random.seed(39)
    states = Tensor(np.random.randn(15, 12).astype(np.float32))
    return ClauseSpanExtractor(), (states,)
