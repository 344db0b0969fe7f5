# case: RAT-SQL style relation-aware self-attention over question+schema tokens adds relation embeddings gathered from a fixed-size relation id matrix -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationAwareAttention(nn.Cell):
    def __init__(self, hidden=8, num_relations=5):
        super().__init__()
        self.q = nn.Dense(hidden, hidden, has_bias=False)
        self.k = nn.Dense(hidden, hidden, has_bias=False)
        self.v = nn.Dense(hidden, hidden, has_bias=False)
        self.rel_k = nn.Embedding(num_relations, hidden)
        self.rel_v = nn.Embedding(num_relations, hidden)
        self.scale = hidden ** -0.5

    def construct(self, x, relations):
        q, k, v = self.q(x), self.k(x), self.v(x)        # (N, H)
        rk = self.rel_k(relations)                       # (N, N, H)
        rv = self.rel_v(relations)
        scores = ops.matmul(q, k.T) + (q.expand_dims(1) * rk).sum(-1)
        att = ops.softmax(scores * self.scale, axis=-1)
        out = ops.matmul(att, v) + (att.expand_dims(-1) * rv).sum(1)
        return out + x


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(7, 8).astype(np.float32))
    rel = Tensor(np.random.randint(0, 5, size=(7, 7)).astype(np.int32))
    return RelationAwareAttention(), (x, rel)
