# case: copy mechanism scattering attention weights onto vocab ids through a COOTensor built from source ids -> dynamic shape / compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class CopyScorer(nn.Cell):
    def __init__(self, hidden=8, vocab_size=12):
        super().__init__()
        self.query = nn.Dense(hidden, hidden)
        self.gate = nn.Dense(hidden, 1)
        self.gen = nn.Dense(hidden, vocab_size)
        self.vocab_size = vocab_size

    def _copy_dist(self, attn, src_ids):
        batch, src_len = src_ids.shape
        rows = ops.broadcast_to(ops.arange(batch, dtype=ms.int32).expand_dims(1), (batch, src_len))
        indices = ops.stack([rows.reshape(-1), src_ids.reshape(-1)], 1)
        sparse = COOTensor(indices, attn.reshape(-1), (batch, self.vocab_size))
        return sparse.to_dense()

    def construct(self, dec_h, enc_out, src_ids):
        q = self.query(dec_h)
        attn = ops.softmax(ops.matmul(enc_out, q.expand_dims(2)).squeeze(2), -1)
        g = ops.sigmoid(self.gate(dec_h))
        gen = ops.softmax(self.gen(dec_h), -1)
        return g * gen + (1 - g) * self._copy_dist(attn, src_ids)


def make():
    np.random.seed(0)
    dec_h = Tensor(np.random.randn(2, 8).astype(np.float32))
    enc = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    src = Tensor(np.array([[3, 5, 7, 9], [1, 2, 4, 11]], np.int32))
    return CopyScorer(), (dec_h, enc, src)
