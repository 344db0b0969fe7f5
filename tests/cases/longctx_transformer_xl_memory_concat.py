# case: Transformer-XL layer that concatenates cached memory with the current segment and returns the new memory cropped to mem_len from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class XLAttentionLayer(nn.Cell):
    def __init__(self, dim=8, mem_len=4, same_length=False):
        super().__init__()
        self.mem_len = mem_len
        self.same_length = same_length
        self.q = nn.Dense(dim, dim)
        self.kv = nn.Dense(dim, 2 * dim)

    def update_memory(self, hidden, mems):
        cat = ops.concat((mems, hidden), axis=1)
        return ops.stop_gradient(cat[:, -self.mem_len:])

    def causal_mask(self, qlen, klen):
        mlen = klen - qlen
        return ops.triu(ops.ones((qlen, klen), ms.float32), 1 + mlen) > 0

    def construct(self, hidden, mems):
        qlen = hidden.shape[1]
        cat = ops.concat((mems, hidden), axis=1)
        k, v = ops.split(self.kv(cat), hidden.shape[-1], axis=-1)
        scores = ops.matmul(self.q(hidden), k.swapaxes(1, 2)) * (hidden.shape[-1] ** -0.5)
        scores = ops.masked_fill(scores, self.causal_mask(qlen, cat.shape[1]), -1e9)
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        return out, self.update_memory(hidden, mems)


def make():
    np.random.seed(39)
    hidden = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    mems = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    return XLAttentionLayer(), (hidden, mems)
