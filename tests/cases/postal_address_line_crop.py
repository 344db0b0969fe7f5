# case: address block reader keeps only the text lines the line detector scored above threshold, slicing the line stack by a count taken from data -> slice length from tensor value, dynamic shape or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineEncoder(nn.Cell):
    def __init__(self, width=64, hidden=32):
        super().__init__()
        self.proj = nn.Dense(width, hidden)
        self.act = nn.ReLU()

    def construct(self, lines):
        return self.act(self.proj(lines))


class AddressBlockReader(nn.Cell):
    def __init__(self, width=64, hidden=32, line_thresh=0.5):
        super().__init__()
        self.encoder = LineEncoder(width, hidden)
        self.line_score = nn.Dense(width, 1)
        self.line_thresh = line_thresh

    def count_lines(self, lines):
        scores = ops.sigmoid(self.line_score(lines)).squeeze(-1)
        return (scores > self.line_thresh).astype(ms.int32).sum()

    def construct(self, lines):
        n_lines = self.count_lines(lines)
        kept = lines[:n_lines]
        feats = self.encoder(kept)
        return feats.mean(axis=0)


def make():
    np.random.seed(289)
    lines = Tensor(np.random.randn(8, 64).astype(np.float32))
    return AddressBlockReader(), (lines,)
