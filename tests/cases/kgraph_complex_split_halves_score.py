# case: ComplEx 1-N scoring splitting embeddings into real/imag halves by shape with N3 regulariser -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ComplEx1N(nn.Cell):
    def __init__(self, num_entities=30, num_relations=5, rank=6, dropout=0.0, n3=0.01):
        super().__init__()
        self.ent = nn.Embedding(num_entities, 2 * rank)
        self.rel = nn.Embedding(num_relations, 2 * rank)
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else None
        self.n3 = n3

    def halves(self, x):
        half = x.shape[-1] // 2
        return x[..., :half], x[..., half:]

    def construct(self, heads, rels, tails):
        h_re, h_im = self.halves(self.ent(heads))
        r_re, r_im = self.halves(self.rel(rels))
        e_re, e_im = self.halves(self.ent.embedding_table)
        q_re = h_re * r_re - h_im * r_im
        q_im = h_re * r_im + h_im * r_re
        if self.drop is not None:
            q_re, q_im = self.drop(q_re), self.drop(q_im)
        logits = ops.matmul(q_re, e_re.T) + ops.matmul(q_im, e_im.T)
        loss = ops.cross_entropy(logits, tails)
        reg = (ops.abs(h_re) ** 3 + ops.abs(h_im) ** 3).sum() + (ops.abs(r_re) ** 3 + ops.abs(r_im) ** 3).sum()
        return loss + self.n3 * reg / heads.shape[0]


def make():
    np.random.seed(31)
    h = np.random.randint(0, 30, 5).astype(np.int32)
    r = np.random.randint(0, 5, 5).astype(np.int32)
    t = np.random.randint(0, 30, 5).astype(np.int32)
    return ComplEx1N(), (Tensor(h), Tensor(r), Tensor(t))
