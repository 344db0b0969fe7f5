# case: matching attention with an optional query mask guarded by `is None` and an isinstance check on a tuple input -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionMatcher(nn.Cell):
    def __init__(self, in_dim=8, emb_dim=8, n_way=3, temperature=0.5):
        super().__init__()
        self.key = nn.Dense(in_dim, emb_dim)
        self.qry = nn.Dense(in_dim, emb_dim)
        self.n_way = n_way
        self.temperature = temperature

    def unpack(self, support):
        if isinstance(support, tuple):
            return support[0], support[1]
        return support, None

    def construct(self, support, query, query_mask=None):
        s_x, s_y = self.unpack(support)
        k = self.key(s_x)
        q = self.qry(query)
        attn = ops.softmax(ops.matmul(q, k.T) / self.temperature, axis=-1)
        if s_y is None:
            return attn
        onehot = ops.one_hot(s_y, self.n_way, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        probs = ops.matmul(attn, onehot)
        if query_mask is not None:
            probs = probs * query_mask.expand_dims(-1)
        return probs


def make():
    np.random.seed(43)
    s_x = Tensor(np.random.randn(6, 8).astype(np.float32))
    s_y = Tensor(np.array([0, 1, 2, 0, 1, 2], dtype=np.int32))
    query = Tensor(np.random.randn(4, 8).astype(np.float32))
    return AttentionMatcher(), ((s_x, s_y), query)
