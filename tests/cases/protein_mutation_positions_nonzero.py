# case: finds mutated positions between wild-type and variant sequences with nonzero and gathers their log-probabilities -> dynamic shape (nonzero output size)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MutantLogOddsScorer(nn.Cell):
    def __init__(self, vocab=25, d_model=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model)
        self.head = nn.Dense(d_model, vocab)

    def construct(self, wt_tokens, mt_tokens):
        logp = ops.log_softmax(self.head(self.embed(wt_tokens)), axis=-1)
        pos = ops.nonzero(wt_tokens != mt_tokens).reshape(-1)
        lp_pos = ops.gather(logp, pos, 0)
        wt_aa = ops.gather(wt_tokens, pos, 0).reshape(-1, 1)
        mt_aa = ops.gather(mt_tokens, pos, 0).reshape(-1, 1)
        delta = ops.gather_elements(lp_pos, 1, mt_aa) - ops.gather_elements(lp_pos, 1, wt_aa)
        return delta.sum()


def make():
    np.random.seed(11)
    wt = np.random.randint(4, 24, (18,)).astype(np.int32)
    mt = wt.copy()
    mt[[3, 9]] = (mt[[3, 9]] + 1) % 20 + 4
    return MutantLogOddsScorer(), (Tensor(wt), Tensor(mt))
