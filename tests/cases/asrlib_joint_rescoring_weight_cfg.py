# case: attention rescoring of an N-best list mixes decoder and CTC scores with Python-float weights from the config; the right-to-left branch is off (reverse_weight=0.0) and the best hypothesis is picked with argmax + gather -> indices from data but shapes fixed, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RescoreConfig:
    def __init__(self, ctc_weight=0.3, reverse_weight=0.0, length_bonus=0.0):
        self.ctc_weight = ctc_weight
        self.reverse_weight = reverse_weight
        self.length_bonus = length_bonus


def sequence_score(log_probs, hyps, hyps_mask):
    """Sum of token log-probs along each hypothesis: (N, L, V), (N, L) -> (N,)."""
    tok = ops.gather_elements(log_probs, 2, hyps.expand_dims(-1)).squeeze(-1)
    return (tok * hyps_mask).sum(axis=1)


class AttentionRescorer(nn.Cell):
    def __init__(self, config, d_model=32, vocab=12):
        super().__init__()
        self.output_layer = nn.Dense(d_model, vocab)
        self.r_output_layer = nn.Dense(d_model, vocab)
        self.ctc_weight = config.ctc_weight
        self.reverse_weight = config.reverse_weight
        self.length_bonus = config.length_bonus

    def construct(self, dec_hidden, r_dec_hidden, hyps, hyps_mask, ctc_scores):
        logp = ops.log_softmax(self.output_layer(dec_hidden), axis=-1)
        score = sequence_score(logp, hyps, hyps_mask)
        if self.reverse_weight > 0.0:
            r_logp = ops.log_softmax(self.r_output_layer(r_dec_hidden), axis=-1)
            r_score = sequence_score(r_logp, hyps.flip(1), hyps_mask.flip(1))
            score = score * (1 - self.reverse_weight) + r_score * self.reverse_weight
        if self.ctc_weight > 0.0:
            score = score + ctc_scores * self.ctc_weight
        if self.length_bonus != 0.0:
            score = score + hyps_mask.sum(axis=1) * self.length_bonus
        best = ops.argmax(score, dim=0, keepdim=True)
        return ops.gather(hyps, best, 0).squeeze(0), score


def make():
    np.random.seed(19)
    n, l, d = 4, 7, 32
    dec = Tensor(np.random.randn(n, l, d).astype(np.float32))
    hyps = Tensor(np.random.randint(1, 12, (n, l)).astype(np.int32))
    hyps_mask = Tensor((np.arange(l)[None] < np.array([7, 5, 6, 3])[:, None]).astype(np.float32))
    ctc_scores = Tensor(np.random.randn(n).astype(np.float32))
    return AttentionRescorer(RescoreConfig()), (dec, dec, hyps, hyps_mask, ctc_scores)
