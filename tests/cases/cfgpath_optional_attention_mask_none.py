# case: attention builds an all-ones mask when attention_mask is None and uses fixed-size where masking -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class MaskedAttention(nn.Cell):
    def __init__(self, dim=8, causal=False):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.causal = causal

    def _extend_mask(self, attention_mask, seq_len):
        mask = attention_mask.astype(ms.bool_).expand_dims(1)
        if self.causal:
            tri = ops.tril(ops.ones((seq_len, seq_len), ms.int32)).astype(ms.bool_)
            mask = ops.logical_and(mask, tri)
        return mask

    def construct(self, x, attention_mask=None):
        bsz, seq_len, _ = x.shape
        if attention_mask is None:
            attention_mask = ops.ones((bsz, seq_len), ms.int32)
        scores = ops.matmul(self.q(x), self.k(x).swapaxes(1, 2))
        mask = self._extend_mask(attention_mask, seq_len)
        scores = ops.where(mask, scores, ops.full_like(scores, NEG_INF))
        return ops.softmax(scores, axis=-1)


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    return MaskedAttention(), (x,)
