# case: multi-head attention ported with a size(x, dim) shim over .shape, view/permute/contiguous and an optional mask -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def size(x, dim=None):
    """torch-style x.size() / x.size(dim) for MindSpore tensors."""
    return x.shape if dim is None else x.shape[dim]


class MultiHeadAttention(nn.Cell):
    def __init__(self, d_model=16, n_heads=4, dropout=0.0):
        super().__init__()
        assert d_model % n_heads == 0
        self.n_heads = n_heads
        self.d_k = d_model // n_heads
        self.q_lin = nn.Dense(d_model, d_model)
        self.k_lin = nn.Dense(d_model, d_model)
        self.v_lin = nn.Dense(d_model, d_model)
        self.out_lin = nn.Dense(d_model, d_model)
        self.dropout = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()

    def shape(self, x):
        bs = size(x, 0)
        return x.view(bs, -1, self.n_heads, self.d_k).permute(0, 2, 1, 3)

    def unshape(self, x):
        bs = size(x, 0)
        return x.permute(0, 2, 1, 3).contiguous().view(bs, -1, self.n_heads * self.d_k)

    def construct(self, query, key, value, mask=None):
        bs, q_len, dim = size(query)
        k_len = size(key, 1)
        q = self.shape(self.q_lin(query)) / math.sqrt(self.d_k)
        k = self.shape(self.k_lin(key))
        v = self.shape(self.v_lin(value))
        scores = ops.matmul(q, k.transpose(0, 1, 3, 2))
        if mask is not None:
            mask = (mask == 0).view(bs, 1, 1, k_len).expand_as(scores)
            scores = scores.masked_fill(mask, -1e9)
        weights = self.dropout(ops.softmax(scores, -1))
        context = self.unshape(ops.matmul(weights, v))
        return self.out_lin(context)


def make():
    np.random.seed(23)
    q = np.random.randn(2, 3, 16).astype(np.float32)
    kv = np.random.randn(2, 5, 16).astype(np.float32)
    mask = np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1]], dtype=np.int32)
    return MultiHeadAttention(), (Tensor(q), Tensor(kv), Tensor(kv), Tensor(mask))
