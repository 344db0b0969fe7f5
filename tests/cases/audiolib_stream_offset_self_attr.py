# case: streaming positional encoding that advances a running frame offset by writing self.offset inside construct, then slices the positional table from that offset -> Graph mode should reject or mishandle the attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

MAX_LEN = 256


def sinusoid_table(max_len, d_model):
    pos = np.arange(max_len)[:, None]
    div = np.exp(np.arange(0, d_model, 2) * -(np.log(10000.0) / d_model))
    pe = np.zeros((max_len, d_model), np.float32)
    pe[:, 0::2] = np.sin(pos * div)
    pe[:, 1::2] = np.cos(pos * div)
    return pe


class StreamingPositionalEncoding(nn.Cell):
    def __init__(self, d_model, max_len=MAX_LEN, dropout=0.0):
        super().__init__()
        self.xscale = d_model ** 0.5
        self.pe = Parameter(Tensor(sinusoid_table(max_len, d_model)[None]), name="pe", requires_grad=False)
        self.dropout = nn.Dropout(p=dropout) if dropout > 0 else None
        self.offset = 0

    def construct(self, x):
        t = x.shape[1]
        pos_emb = self.pe[:, self.offset:self.offset + t]
        self.offset = self.offset + t
        x = x * self.xscale + pos_emb
        if self.dropout is not None:
            x = self.dropout(x)
        return x, pos_emb


def make():
    np.random.seed(3312)
    net = StreamingPositionalEncoding(32)
    chunk = Tensor(np.random.randn(1, 16, 32).astype(np.float32))
    return net, (chunk,)
