# case: replace each query token with its best correction candidate only when the candidate's probability beats the original by a margin, via ops.where -> elementwise choice, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenSpellCorrector(nn.Cell):
    def __init__(self, margin=0.2):
        super().__init__()
        self.margin = margin

    def construct(self, token_ids, orig_logp, cand_ids, cand_logp):
        best_idx = cand_logp.argmax(axis=-1).astype(ms.int32)
        best_logp = cand_logp.max(axis=-1)
        best_ids = ops.gather_elements(cand_ids, 1, best_idx.expand_dims(-1)).squeeze(-1)
        should_fix = best_logp > orig_logp + self.margin
        corrected = ops.where(should_fix, best_ids, token_ids)
        return corrected, should_fix.astype(ms.int32).sum()


def make():
    np.random.seed(38)
    toks = np.random.randint(1, 500, size=(6,)).astype(np.int32)
    orig = np.log(np.random.rand(6).astype(np.float32))
    cands = np.random.randint(1, 500, size=(6, 4)).astype(np.int32)
    cand_lp = np.log(np.random.rand(6, 4).astype(np.float32))
    return TokenSpellCorrector(), (Tensor(toks), Tensor(orig), Tensor(cands), Tensor(cand_lp))
