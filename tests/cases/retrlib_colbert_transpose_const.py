# case: multi-vector reranker transposes doc token embeddings with a constant permutation and scores all query/doc pairs with batched max-sim -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DOC_PERM = (0, 2, 1)


class MultiVectorConfig:
    def __init__(self, hidden_size=16, dim=8, query_augment=True, num_mask_tokens=2):
        self.hidden_size = hidden_size
        self.dim = dim
        self.query_augment = query_augment
        self.num_mask_tokens = num_mask_tokens


class MultiVectorReranker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q_lin = nn.Dense(config.hidden_size, config.dim, has_bias=False)
        self.d_lin = nn.Dense(config.hidden_size, config.dim, has_bias=False)
        self.query_augment = config.query_augment
        self.num_mask = config.num_mask_tokens
        self.mask_embed = ms.Parameter(Tensor(np.zeros((1, 1, config.hidden_size), np.float32)), name="mask_embed")

    def _augment(self, q_hidden):
        b = q_hidden.shape[0]
        pad = ops.tile(self.mask_embed, (b, self.num_mask, 1))
        return ops.concat((q_hidden, pad), axis=1)

    def construct(self, q_hidden, d_hidden):
        if self.query_augment:
            q_hidden = self._augment(q_hidden)
        q = self.q_lin(q_hidden)
        d_t = ops.transpose(self.d_lin(d_hidden), DOC_PERM)
        sim = ops.bmm(q, d_t)
        return ops.amax(sim, axis=2).sum(axis=1)


def make():
    np.random.seed(35)
    qh = Tensor(np.random.randn(4, 5, 16).astype(np.float32))
    dh = Tensor(np.random.randn(4, 11, 16).astype(np.float32))
    return MultiVectorReranker(MultiVectorConfig()), (qh, dh)
