# case: ColBERT late-interaction scorer packs max-sim scores into a plain Python result object created inside construct -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LateInteractionOutput:
    def __init__(self, scores, token_maxsim):
        self.scores = scores
        self.token_maxsim = token_maxsim

    def best(self):
        return self.scores.argmax(axis=-1)


class ColBERTScorer(nn.Cell):
    def __init__(self, dim=16, proj_dim=8, normalize=True):
        super().__init__()
        self.proj = nn.Dense(dim, proj_dim, has_bias=False)
        self.normalize = normalize

    def encode(self, tokens):
        emb = self.proj(tokens)
        if self.normalize:
            emb = emb / ops.norm(emb, dim=-1, keepdim=True)
        return emb

    def maxsim(self, q_emb, d_emb):
        # q: (Lq, p), d: (N, Ld, p) -> (N, Lq)
        sim = ops.matmul(d_emb, q_emb.T)
        return sim.max(axis=1)

    def construct(self, query_tokens, doc_tokens):
        token_maxsim = self.maxsim(self.encode(query_tokens), self.encode(doc_tokens))
        out = LateInteractionOutput(token_maxsim.sum(axis=-1), token_maxsim)
        return out.best(), out.scores


def make():
    np.random.seed(8)
    q = Tensor(np.random.randn(5, 16).astype(np.float32))
    d = Tensor(np.random.randn(6, 7, 16).astype(np.float32))
    return ColBERTScorer(), (q, d)
