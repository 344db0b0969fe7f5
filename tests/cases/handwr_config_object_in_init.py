# case: plain Python config class is read only in __init__ to size the decoder; construct uses stored ints -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, vocab_size=40, emb_dim=12, hidden=16, dropout=0.0):
        self.vocab_size = vocab_size
        self.emb_dim = emb_dim
        self.hidden = hidden
        self.dropout = dropout

    @property
    def input_dim(self):
        return self.emb_dim + self.hidden


class LatexDecoderStep(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or DecoderConfig()
        self.hidden = cfg.hidden
        self.embed = nn.Embedding(cfg.vocab_size, cfg.emb_dim)
        self.cell = nn.GRUCell(cfg.input_dim, cfg.hidden)
        self.out = nn.Dense(cfg.hidden, cfg.vocab_size)

    def construct(self, tok, ctx, h):
        x = ops.concat((self.embed(tok), ctx), -1)
        h = self.cell(x, h)
        return ops.log_softmax(self.out(h), -1), h


def make():
    np.random.seed(35)
    tok = Tensor(np.array([1, 4], np.int32))
    ctx = Tensor(np.random.randn(2, 16).astype(np.float32))
    h = Tensor(np.zeros((2, 16), np.float32))
    return LatexDecoderStep(), (tok, ctx, h)
