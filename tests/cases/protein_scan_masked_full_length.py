# case: per-position recurrent scan over the padded length from x.shape, freezing the hidden state on padding with ops.where -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedResidueScan(nn.Cell):
    def __init__(self, d_in=8, d_hidden=8):
        super().__init__()
        self.w_in = nn.Dense(d_in, d_hidden)
        self.w_h = nn.Dense(d_hidden, d_hidden, has_bias=False)
        self.d_hidden = d_hidden

    def construct(self, seq_feats, length):
        l = seq_feats.shape[0]
        h = ops.zeros((1, self.d_hidden), ms.float32)
        outs = ()
        for i in range(l):
            new_h = ops.tanh(self.w_in(seq_feats[i:i + 1]) + self.w_h(h))
            h = ops.where(i < length, new_h, h)
            outs = outs + (h,)
        return ops.concat(outs, axis=0)


def make():
    np.random.seed(34)
    feats = Tensor(np.random.randn(8, 8).astype(np.float32))
    return MaskedResidueScan(), (feats, Tensor(6, ms.int32))
