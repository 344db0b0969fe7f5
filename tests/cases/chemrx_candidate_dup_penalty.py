# case: beam search penalises duplicate precursor sequences by comparing all beam pairs with broadcasting and a lower-triangular mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateDeduper(nn.Cell):
    def __init__(self, beam=5, dup_penalty=1e4):
        super().__init__()
        self.beam = beam
        self.dup_penalty = dup_penalty
        self.earlier = Tensor(np.tril(np.ones((beam, beam), np.float32), -1))

    def construct(self, cand_tokens, cand_scores):
        same = ops.equal(cand_tokens.expand_dims(1), cand_tokens.expand_dims(0))
        identical = ops.all(same, axis=-1).astype(ms.float32)
        is_dup = ((identical * self.earlier).sum(axis=1) > 0).astype(ms.float32)
        return cand_scores - is_dup * self.dup_penalty, is_dup


def make():
    np.random.seed(34)
    toks = np.random.randint(0, 6, size=(5, 4)).astype(np.int32)
    toks[3] = toks[1]
    scores = Tensor(np.sort(np.random.randn(5).astype(np.float32))[::-1].copy())
    return CandidateDeduper(), (Tensor(toks), scores)
