# case: build span scores for every answer length up to a per-batch max length given as a tensor, growing a list in a while loop -> loop count comes from tensor data; Graph mode should reject or unroll fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanScorer(nn.Cell):
    def __init__(self, hidden_size=16, length_penalty=0.1):
        super().__init__()
        self.start_head = nn.Dense(hidden_size, 1)
        self.end_head = nn.Dense(hidden_size, 1)
        self.length_penalty = length_penalty

    def _shift_left(self, x, n):
        pad = ops.fill(x.dtype, (x.shape[0], n), -1e4) if n > 0 else None
        if pad is None:
            return x
        return ops.concat((x[:, n:], pad), axis=1)

    def construct(self, hidden, max_answer_len):
        start = self.start_head(hidden).squeeze(-1)
        end = self.end_head(hidden).squeeze(-1)
        scores = []
        length = 0
        while length < max_answer_len:
            shifted_end = self._shift_left(end, length)
            scores.append(start + shifted_end - self.length_penalty * length)
            length += 1
        by_length = ops.stack(scores, axis=-1)
        return by_length.max(axis=-1), by_length.argmax(axis=-1)


def make():
    np.random.seed(3727)
    hidden = Tensor(np.random.randn(2, 14, 16).astype(np.float32))
    return SpanScorer(), (hidden, Tensor(4, ms.int32))
