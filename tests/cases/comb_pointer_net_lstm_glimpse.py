# case: classic pointer network (LSTM encoder/decoder, one glimpse, tanh-clipped pointer) decoded greedily for a fixed number of steps -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Attention(nn.Cell):
    def __init__(self, hidden, use_tanh=False, C=10.0):
        super().__init__()
        self.w_ref = nn.Dense(hidden, hidden)
        self.w_q = nn.Dense(hidden, hidden)
        self.v = nn.Dense(hidden, 1, has_bias=False)
        self.use_tanh = use_tanh
        self.C = C

    def construct(self, query, ref):
        u = self.v(ops.tanh(self.w_ref(ref) + self.w_q(query).expand_dims(1))).squeeze(-1)
        return self.C * ops.tanh(u) if self.use_tanh else u


class PointerNet(nn.Cell):
    def __init__(self, hidden=16, n_glimpses=1):
        super().__init__()
        self.embed = nn.Dense(2, hidden)
        self.encoder = nn.LSTM(hidden, hidden, batch_first=True)
        self.dec_cell = nn.LSTMCell(hidden, hidden)
        self.glimpse = Attention(hidden)
        self.pointer = Attention(hidden, use_tanh=True)
        self.n_glimpses = n_glimpses

    def construct(self, coords):
        x = self.embed(coords)
        b, n, hdim = x.shape
        h0 = ops.zeros((1, b, hdim), ms.float32)
        enc, (hn, cn) = self.encoder(x, (h0, h0))
        hx, cx = hn[0], cn[0]
        dec_in = x.mean(1)
        mask = ops.zeros((b, n), ms.float32)
        picks = []
        for _ in range(n):
            hx, cx = self.dec_cell(dec_in, (hx, cx))
            q = hx
            for _ in range(self.n_glimpses):
                a = ops.softmax(self.glimpse(q, enc) - 1e9 * mask, -1)
                q = (a.expand_dims(-1) * enc).sum(1)
            logits = self.pointer(q, enc) - 1e9 * mask
            idx = ops.argmax(logits, -1)
            onehot = ops.one_hot(idx, n, Tensor(1.0), Tensor(0.0))
            mask = mask + onehot
            dec_in = (onehot.expand_dims(-1) * x).sum(1)
            picks.append(idx)
        return ops.stack(picks, 1)


def make():
    np.random.seed(23)
    return PointerNet(), (Tensor(np.random.rand(2, 5, 2).astype(np.float32)),)
