# case: Longformer attention mask combining a sliding window with data-dependent global tokens via where on a fixed-size boolean matrix -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongformerSelfAttention(nn.Cell):
    def __init__(self, dim=8, attention_window=4):
        super().__init__()
        self.one_sided = attention_window // 2
        self.query = nn.Dense(dim, dim)
        self.key = nn.Dense(dim, dim)
        self.value = nn.Dense(dim, dim)

    def build_mask(self, is_global):
        s = is_global.shape[-1]
        pos = ops.arange(s)
        local = ops.abs(pos.reshape(-1, 1) - pos.reshape(1, -1)) <= self.one_sided
        g = is_global.astype(ms.bool_)
        glob = ops.logical_or(g.expand_dims(-1), g.expand_dims(-2))
        return ops.logical_or(local.expand_dims(0), glob)

    def construct(self, hidden, is_global):
        q = self.query(hidden) / (hidden.shape[-1] ** 0.5)
        scores = ops.matmul(q, self.key(hidden).swapaxes(1, 2))
        mask = self.build_mask(is_global)
        scores = ops.where(mask, scores, ops.full_like(scores, -1e4))
        return ops.matmul(ops.softmax(scores, axis=-1), self.value(hidden))


def make():
    np.random.seed(34)
    hidden = Tensor(np.random.randn(2, 8, 8).astype(np.float32))
    is_global = Tensor(np.array([[1, 0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 1, 0, 0, 0, 0]], dtype=np.int32))
    return LongformerSelfAttention(), (hidden, is_global)
