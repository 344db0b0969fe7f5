# case: greedy non-overlapping span selection: while loop picks best span, appends it to a Python list until score < threshold -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiSpanExtractor(nn.Cell):
    def __init__(self, hidden=8, max_span_len=3, threshold=0.0, max_spans=4):
        super().__init__()
        self.start = nn.Dense(hidden, 1)
        self.end = nn.Dense(hidden, 1)
        self.max_span_len = max_span_len
        self.threshold = threshold
        self.max_spans = max_spans

    def _span_table(self, h):
        s = self.start(h).squeeze(-1)
        e = self.end(h).squeeze(-1)
        n = s.shape[0]
        ones = ops.ones((n, n), ms.float32)
        band = ops.triu(ones) * ops.tril(ones, self.max_span_len - 1)
        return ops.where(band > 0, s.expand_dims(1) + e.expand_dims(0), ops.full_like(band, -1e9))

    def construct(self, h):
        table = self._span_table(h)
        n = table.shape[0]
        spans = []
        best = table.max()
        while best > self.threshold and len(spans) < self.max_spans:
            idx = table.argmax()
            i, j = idx // n, idx % n
            spans.append(ops.stack([i, j]))
            pos = ops.arange(n)
            hit = ops.logical_and(pos >= i, pos <= j)
            overlap = ops.logical_or(hit.expand_dims(1), hit.expand_dims(0))
            table = ops.masked_fill(table, overlap, -1e9)
            best = table.max()
        return ops.stack(spans) if spans else ops.zeros((0, 2), ms.int64)


def make():
    np.random.seed(0)
    return MultiSpanExtractor(), (Tensor(np.random.randn(7, 8).astype(np.float32)),)
