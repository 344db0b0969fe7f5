# case: reads header, span and numeric weights from a plain Python config object created in __init__ without mutating it -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TableConfig:
    def __init__(self, hidden=8, header_w=2.0, numeric_w=0.5, use_span=True):
        self.hidden = hidden
        self.header_w = header_w
        self.numeric_w = numeric_w
        self.use_span = use_span


class CellTypeScorer(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else TableConfig()
        self.header_w = self.cfg.header_w
        self.numeric_w = self.cfg.numeric_w
        self.use_span = self.cfg.use_span
        self.proj = nn.Dense(self.cfg.hidden, 3)

    def construct(self, cell_emb, span):
        logits = self.proj(cell_emb)
        header, numeric, text = ops.split(logits, 1, axis=-1)
        score = self.header_w * header + self.numeric_w * numeric + text
        if self.use_span:
            score = score * span.reshape(-1, 1)
        return ops.softmax(score.squeeze(-1), axis=0)


def make():
    np.random.seed(24)
    emb = Tensor(np.random.randn(7, 8).astype(np.float32))
    span = Tensor(np.random.randint(1, 3, size=7).astype(np.float32))
    return CellTypeScorer(), (emb, span)
