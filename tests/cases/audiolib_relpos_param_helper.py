# case: relative positional encoding whose sinusoid table is a non-trainable Parameter built in a helper called by __init__ and sliced around the centre using x.shape[1] only -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

MAX_LEN = 128


class RelPosConfig:
    def __init__(self, d_model=16, max_len=MAX_LEN, dropout_rate=0.0, xscale=True):
        self.d_model = d_model
        self.max_len = max_len
        self.dropout_rate = dropout_rate
        self.xscale = xscale


class RelPositionalEncoding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.d_model = config.d_model
        self.max_len = config.max_len
        self.xscale = config.d_model ** 0.5 if config.xscale else 1.0
        self._build_pe()

    def _build_pe(self):
        pos = np.arange(self.max_len - 1, -self.max_len, -1, dtype=np.float32)[:, None]
        div = np.exp(np.arange(0, self.d_model, 2, dtype=np.float32) * -(np.log(10000.0) / self.d_model))
        pe = np.zeros((2 * self.max_len - 1, self.d_model), np.float32)
        pe[:, 0::2] = np.sin(pos * div)
        pe[:, 1::2] = np.cos(pos * div)
        self.pe = Parameter(Tensor(pe[None]), name="rel_pe", requires_grad=False)

    def construct(self, x, offset=0):
        t = x.shape[1]
        center = self.max_len - 1
        pos_emb = self.pe[:, center - t + 1 + offset:center + t + offset]
        return x * self.xscale, pos_emb


def make():
    np.random.seed(3329)
    net = RelPositionalEncoding(RelPosConfig())
    x = Tensor(np.random.randn(2, 20, 16).astype(np.float32))
    return net, (x,)
