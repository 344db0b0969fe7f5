# case: truncate query token embeddings to the true query length read from a length tensor -> slice bound from a tensor value, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueryTokenEncoder(nn.Cell):
    def __init__(self, vocab_size=200, embed_dim=16):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.proj = nn.Dense(embed_dim, embed_dim)

    def mean_pool(self, emb):
        return emb.mean(axis=0)

    def construct(self, token_ids, query_len):
        emb = self.embedding(token_ids)
        n = query_len[0]
        real_tokens = emb[:n]
        pooled = self.mean_pool(real_tokens)
        return ops.tanh(self.proj(pooled.expand_dims(0)))


def make():
    np.random.seed(0)
    ids = np.zeros((12,), dtype=np.int32)
    ids[:5] = np.random.randint(1, 200, size=5)
    net = QueryTokenEncoder()
    return net, (Tensor(ids), Tensor(np.array([5], dtype=np.int32)))
