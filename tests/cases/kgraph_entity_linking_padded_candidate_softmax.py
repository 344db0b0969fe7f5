# case: entity linker scoring padded candidate lists with a validity mask and masked softmax -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedCandidateLinker(nn.Cell):
    def __init__(self, vocab=60, num_entities=100, dim=16, use_prior=True, pad_id=0):
        super().__init__()
        self.tok = nn.Embedding(vocab, dim)
        self.ent = nn.Embedding(num_entities, dim)
        self.ctx_proj = nn.Dense(dim, dim)
        self.use_prior = use_prior
        self.pad_id = pad_id
        self.prior_weight = ms.Parameter(Tensor(0.5, ms.float32), name="prior_weight")

    def encode_context(self, tokens):
        return self.ctx_proj(self.tok(tokens).mean(axis=1))

    def construct(self, tokens, cand_ids, cand_prior):
        ctx = self.encode_context(tokens)
        cand = self.ent(cand_ids)
        logits = ops.squeeze(ops.bmm(cand, ctx.expand_dims(-1)), -1)
        if self.use_prior:
            logits = logits + self.prior_weight * ops.log(cand_prior + 1e-6)
        valid = cand_ids != self.pad_id
        logits = ops.masked_fill(logits, ops.logical_not(valid), Tensor(-1e9, ms.float32))
        probs = ops.softmax(logits, axis=-1)
        pred = ops.argmax(probs, dim=-1)
        return ops.gather_elements(cand_ids, 1, pred.expand_dims(1)).squeeze(1), probs


def make():
    np.random.seed(5)
    tokens = np.random.randint(1, 60, (3, 6)).astype(np.int32)
    cands = np.array([[5, 8, 0, 0], [11, 2, 19, 0], [7, 0, 0, 0]], dtype=np.int32)
    prior = np.random.rand(3, 4).astype(np.float32)
    return PaddedCandidateLinker(), (Tensor(tokens), Tensor(cands), Tensor(prior))
