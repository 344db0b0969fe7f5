# case: listwise re-ranker rescoring only the first rerank_k candidates, with the window clipped by min(config, candidates.shape[1]) and results scattered back via concat -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ListwiseReranker(nn.Cell):
    def __init__(self, dim=8, rerank_k=5, heads=2):
        super().__init__()
        self.rerank_k = rerank_k
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.score = nn.Dense(dim, 1)

    def _window(self, n_cand):
        return min(self.rerank_k, n_cand)

    def construct(self, query, cand_emb, first_scores):
        k = self._window(cand_emb.shape[1])
        head = cand_emb[:, :k]
        tokens = ops.concat([query.expand_dims(1), head], axis=1)
        ctx, _ = self.attn(tokens, tokens, tokens)
        new_head = self.score(ctx[:, 1:]).squeeze(-1)
        tail = first_scores[:, k:] - 1e3
        rescored = ops.concat([new_head, tail], axis=1)
        return ops.argsort(rescored, axis=-1, descending=True)


def make():
    np.random.seed(31)
    q = Tensor(np.random.randn(2, 8).astype(np.float32))
    c = Tensor(np.random.randn(2, 9, 8).astype(np.float32))
    s = Tensor(np.random.randn(2, 9).astype(np.float32))
    return ListwiseReranker(), (q, c, s)
