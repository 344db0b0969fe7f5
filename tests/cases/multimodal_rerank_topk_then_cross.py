# case: two-stage re-ranking: dual-encoder top-k shortlist then cross-encoder rescoring, k fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoStageReRanker(nn.Cell):
    def __init__(self, dim=16, shortlist=5, final_k=2):
        super().__init__()
        self.q_enc = nn.Dense(dim, dim)
        self.cross = nn.SequentialCell([nn.Dense(2 * dim, dim), nn.ReLU(), nn.Dense(dim, 1)])
        self.shortlist = shortlist
        self.final_k = final_k

    def shortlist_candidates(self, q, gallery):
        sims = ops.matmul(q, gallery.T)                  # (B, G)
        _, idx = ops.topk(sims, self.shortlist)          # (B, S)
        cands = gallery[idx]                             # (B, S, D)
        return cands, idx

    def construct(self, queries, gallery):
        q = self.q_enc(queries)
        cands, idx = self.shortlist_candidates(q, gallery)
        q_rep = ops.broadcast_to(q.expand_dims(1), cands.shape)
        scores = self.cross(ops.concat((q_rep, cands), axis=-1)).squeeze(-1)
        top_scores, order = ops.topk(scores, self.final_k)
        final_idx = ops.gather_elements(idx, 1, order)
        return top_scores, final_idx


def make():
    np.random.seed(11)
    net = TwoStageReRanker()
    q = Tensor(np.random.randn(3, 16).astype(np.float32))
    g = Tensor(np.random.randn(12, 16).astype(np.float32))
    return net, (q, g)
