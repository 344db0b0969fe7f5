# case: n-best rescoring keeps a configured number of hypotheses with topk and gathers their token rows -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NBestRescorer(nn.Cell):
    def __init__(self, dim=8, nbest=3, lm_weight=0.3, length_bonus=0.1):
        super().__init__()
        self.nbest = nbest
        self.lm_weight = lm_weight
        self.length_bonus = length_bonus
        self.lm = nn.Dense(dim, 1)

    def combined_score(self, am_scores, hyp_feats, hyp_lens):
        lm_scores = self.lm(hyp_feats).squeeze(-1)
        return am_scores + self.lm_weight * lm_scores + self.length_bonus * hyp_lens.astype(ms.float32)

    def construct(self, am_scores, hyp_feats, hyp_lens, hyp_tokens):
        score = self.combined_score(am_scores, hyp_feats, hyp_lens)
        k = min(self.nbest, score.shape[0])
        best, idx = ops.topk(score, k)
        return best, ops.gather(hyp_tokens, idx, 0)


def make():
    np.random.seed(38)
    n = 6
    am = Tensor(np.random.randn(n).astype(np.float32))
    feats = Tensor(np.random.randn(n, 8).astype(np.float32))
    lens = Tensor(np.random.randint(2, 6, (n,)).astype(np.int32))
    toks = Tensor(np.random.randint(0, 20, (n, 5)).astype(np.int32))
    return NBestRescorer(), (am, feats, lens, toks)
