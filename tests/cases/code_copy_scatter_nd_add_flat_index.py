# case: pointer network adds copy mass into an extended vocab via scatter_nd_add on (batch, id) index pairs built from shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlatCopyMixer(nn.Cell):
    def __init__(self, vocab_size=15, max_oov=3, hidden=8):
        super().__init__()
        self.ext_size = vocab_size + max_oov
        self.max_oov = max_oov
        self.gen = nn.Dense(hidden, vocab_size)
        self.gate = nn.Dense(hidden, 1)

    def _index_pairs(self, src_ext_ids):
        b, s = src_ext_ids.shape
        rows = ops.broadcast_to(ops.arange(b, dtype=ms.int32).reshape(b, 1), (b, s))
        return ops.stack((rows, src_ext_ids), axis=-1).reshape(b * s, 2)

    def construct(self, dec_h, attn, src_ext_ids):
        p = ops.sigmoid(self.gate(dec_h))
        gen = p * ops.softmax(self.gen(dec_h), axis=-1)
        dist = ops.concat((gen, ops.zeros((gen.shape[0], self.max_oov), gen.dtype)), axis=-1)
        idx = self._index_pairs(src_ext_ids)
        updates = ((1 - p) * attn).reshape(-1)
        return ops.tensor_scatter_add(dist, idx, updates)


def make():
    np.random.seed(0)
    dec_h = Tensor(np.random.randn(2, 8).astype(np.float32))
    a = np.random.rand(2, 5).astype(np.float32)
    attn = Tensor(a / a.sum(1, keepdims=True))
    ids = Tensor(np.array([[1, 15, 2, 16, 2], [0, 4, 17, 3, 3]], np.int32))
    return FlatCopyMixer(), (dec_h, attn, ids)
