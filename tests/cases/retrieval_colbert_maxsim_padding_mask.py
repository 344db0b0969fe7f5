# case: batched ColBERT max-sim with query/document padding masks applied through masked_fill, sum over valid query tokens -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColBERTInteraction(nn.Cell):
    def __init__(self, hidden=16, dim=8, use_doc_mask=True):
        super().__init__()
        self.linear = nn.Dense(hidden, dim, has_bias=False)
        self.use_doc_mask = use_doc_mask
        self.norm = ops.L2Normalize(axis=-1)

    def embed(self, states, mask):
        emb = self.norm(self.linear(states))
        return emb * mask.astype(emb.dtype).expand_dims(-1)

    def construct(self, q_states, q_mask, d_states, d_mask):
        q = self.embed(q_states, q_mask)              # (B, Lq, D)
        d = self.embed(d_states, d_mask)              # (B, Ld, D)
        sim = ops.bmm(q, d.transpose(0, 2, 1))        # (B, Lq, Ld)
        if self.use_doc_mask:
            pad = ops.logical_not(d_mask.astype(ms.bool_)).expand_dims(1)
            sim = ops.masked_fill(sim, ops.broadcast_to(pad, sim.shape), -1e4)
        maxsim = sim.max(axis=-1)
        maxsim = maxsim * q_mask.astype(maxsim.dtype)
        return maxsim.sum(axis=-1)


def make():
    np.random.seed(28)
    qs = Tensor(np.random.randn(2, 4, 16).astype(np.float32))
    qm = Tensor(np.array([[1, 1, 1, 0], [1, 1, 0, 0]], dtype=np.int32))
    ds = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    dm = Tensor(np.array([[1] * 7, [1] * 5 + [0] * 2], dtype=np.int32))
    return ColBERTInteraction(), (qs, qm, ds, dm)
