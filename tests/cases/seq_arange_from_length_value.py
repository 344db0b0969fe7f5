# case: position ids built with ops.arange(seq_len) where seq_len comes from a tensor input (lengths.max()); arange size data-dependent -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_POS = 16


class PositionalEmbed(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.pos = nn.Embedding(MAX_POS, dim)

    def construct(self, tok_emb, lengths):
        seq_len = lengths.max()
        pos_ids = ops.arange(0, seq_len, 1)
        pos = self.pos(pos_ids.astype(ms.int32))
        return pos.sum(axis=0) + tok_emb.mean(axis=1)


def make():
    tok = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return PositionalEmbed(), (tok, Tensor(np.array([4, 6], np.int32)))
