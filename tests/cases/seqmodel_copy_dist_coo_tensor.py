# case: pointer network that builds the copy distribution as a sparse COOTensor and densifies it -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class PointerAttention(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.w_enc = nn.Dense(hidden, hidden, has_bias=False)
        self.w_dec = nn.Dense(hidden, hidden)
        self.v = nn.Dense(hidden, 1, has_bias=False)

    def construct(self, enc, dec):
        e = self.v(ops.tanh(self.w_enc(enc) + self.w_dec(dec).expand_dims(1))).squeeze(-1)
        return ops.softmax(e, axis=-1)


class SparseCopyDistribution(nn.Cell):
    def __init__(self, hidden=8, vocab_size=25):
        super().__init__()
        self.attn = PointerAttention(hidden)
        self.vocab_size = vocab_size

    def _to_vocab(self, attn, src_ids):
        batch, src_len = src_ids.shape
        rows = ops.arange(batch, dtype=ms.int32).expand_dims(1).broadcast_to((batch, src_len))
        indices = ops.stack((rows.reshape(-1), src_ids.reshape(-1)), axis=1)
        sparse = COOTensor(indices, attn.reshape(-1), (batch, self.vocab_size))
        return sparse.to_dense()

    def construct(self, enc, dec, src_ids):
        attn = self.attn(enc, dec)
        return self._to_vocab(attn, src_ids)


def make():
    np.random.seed(13)
    enc = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    dec = Tensor(np.random.randn(2, 8).astype(np.float32))
    src = Tensor(np.array([[3, 7, 9, 11, 20], [1, 2, 5, 6, 24]], np.int32))
    return SparseCopyDistribution(), (enc, dec, src)
