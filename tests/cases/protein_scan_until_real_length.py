# case: per-position recurrent scan that loops for i in range(length) with length a scalar tensor giving the real sequence length -> error or dynamic loop in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidueGRUScan(nn.Cell):
    def __init__(self, d_in=8, d_hidden=8):
        super().__init__()
        self.w_in = nn.Dense(d_in, d_hidden)
        self.w_h = nn.Dense(d_hidden, d_hidden, has_bias=False)
        self.d_hidden = d_hidden

    def construct(self, seq_feats, length):
        h = ops.zeros((self.d_hidden,), ms.float32)
        outs = []
        for i in range(length):
            h = ops.tanh(self.w_in(seq_feats[i:i + 1]).squeeze(0) + self.w_h(h.expand_dims(0)).squeeze(0))
            outs.append(h)
        return ops.stack(outs)


def make():
    np.random.seed(33)
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    return ResidueGRUScan(), (feats, Tensor(9, ms.int32))
