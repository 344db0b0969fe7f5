# case: alias-table entity linker iterating mention candidate ids through .tolist() to sum prior-weighted embeddings -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AliasPriorLinker(nn.Cell):
    def __init__(self, num_entities=50, dim=8, alias_size=4):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.alias_size = alias_size
        self.ctx = nn.Dense(dim, dim)

    def candidate_scores(self, ctx_vec, cand_row):
        return ops.matmul(self.ent(cand_row), ctx_vec)

    def construct(self, ctx_feats, alias_cands, alias_priors):
        ctx_vec = ops.tanh(self.ctx(ctx_feats))
        outs = []
        for i in range(alias_cands.shape[0]):
            acc = ops.zeros_like(ctx_vec[i])
            for j, cid in enumerate(alias_cands[i].tolist()):
                acc = acc + alias_priors[i, j] * self.ent(Tensor(cid, ms.int32))
            s = self.candidate_scores(ctx_vec[i], alias_cands[i])
            outs.append(ops.concat((acc, ops.softmax(s, axis=0))))
        return ops.stack(outs)


def make():
    np.random.seed(41)
    ctx = np.random.randn(3, 8).astype(np.float32)
    cands = np.random.randint(0, 50, (3, 4)).astype(np.int32)
    priors = np.random.dirichlet(np.ones(4), 3).astype(np.float32)
    return AliasPriorLinker(), (Tensor(ctx), Tensor(cands), Tensor(priors))
