# case: ESPnet-style RelPositionalEncoding precomputes a (1, 2*max_len-1, d) table and slices the window around its center using the input's time length -> slice bounds are shapes, static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_rel_pe(d_model, max_len):
    pos = np.arange(max_len, dtype=np.float32)[:, None]
    div = np.exp(np.arange(0, d_model, 2, dtype=np.float32) * -(math.log(10000.0) / d_model))
    pe_pos = np.zeros((max_len, d_model), np.float32)
    pe_neg = np.zeros((max_len, d_model), np.float32)
    pe_pos[:, 0::2], pe_pos[:, 1::2] = np.sin(pos * div), np.cos(pos * div)
    pe_neg[:, 0::2], pe_neg[:, 1::2] = np.sin(-pos * div), np.cos(-pos * div)
    return np.concatenate([np.flip(pe_pos, 0), pe_neg[1:]], 0)[None]


class RelPositionalEncoding(nn.Cell):
    def __init__(self, d_model, dropout_rate=0.1, max_len=128):
        super().__init__()
        self.xscale = math.sqrt(d_model)
        self.pe = Tensor(build_rel_pe(d_model, max_len))
        self.dropout = nn.Dropout(p=dropout_rate)

    def construct(self, x):
        x = x * self.xscale
        size = x.shape[1]
        center = self.pe.shape[1] // 2
        pos_emb = self.pe[:, center - size + 1: center + size]
        return self.dropout(x), self.dropout(pos_emb)


def make():
    np.random.seed(10)
    net = RelPositionalEncoding(32)
    net.set_train(False)
    x = Tensor(np.random.randn(2, 20, 32).astype(np.float32))
    return net, (x,)
