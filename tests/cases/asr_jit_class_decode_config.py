# case: decoding options held in an @ms.jit_class config read (not written) inside construct for length-normalised scoring -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DecodeConfig:
    def __init__(self, length_penalty=0.6, ctc_weight=0.3, lm_weight=0.1, use_lm=False):
        self.length_penalty = length_penalty
        self.ctc_weight = ctc_weight
        self.lm_weight = lm_weight
        self.use_lm = use_lm


class HypothesisScorer(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        self.config = config if config is not None else DecodeConfig()

    def length_norm(self, lengths):
        return ((5.0 + lengths.astype(ms.float32)) / 6.0) ** self.config.length_penalty

    def construct(self, att_scores, ctc_scores, lm_scores, lengths):
        cfg = self.config
        score = (1.0 - cfg.ctc_weight) * att_scores + cfg.ctc_weight * ctc_scores
        if cfg.use_lm:
            score = score + cfg.lm_weight * lm_scores
        score = score / self.length_norm(lengths)
        best = ops.argmax(score, dim=-1)
        return score, best


def make():
    np.random.seed(39)
    att = Tensor(np.random.randn(2, 4).astype(np.float32))
    ctc = Tensor(np.random.randn(2, 4).astype(np.float32))
    lm = Tensor(np.random.randn(2, 4).astype(np.float32))
    lens = Tensor(np.random.randint(1, 8, size=(2, 4)).astype(np.int32))
    return HypothesisScorer(), (att, ctc, lm, lens)
