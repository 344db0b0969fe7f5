# case: beam search scores candidates, pushes invalid partial SQL to -1e9 with ops.select and keeps a config-sized top-k -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamConfig:
    beam_size = 3
    penalty = -1e9


class BeamPruner(nn.Cell):
    def __init__(self, hidden=8, cfg=BeamConfig()):
        super().__init__()
        self.score = nn.Dense(hidden, 1)
        self.beam_size = cfg.beam_size
        self.penalty = cfg.penalty

    def construct(self, beam_states, prev_logp, beam_valid):
        scores = self.score(beam_states).squeeze(-1) + prev_logp   # (B, K)
        neg = ops.full_like(scores, self.penalty)
        scores = ops.select(beam_valid, scores, neg)
        top_scores, top_idx = ops.topk(scores, self.beam_size)
        kept = ops.gather_elements(beam_valid.astype(ms.int32), 1, top_idx)
        return top_scores, top_idx, kept


def make():
    np.random.seed(10)
    states = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    prev = Tensor(np.random.randn(2, 6).astype(np.float32))
    valid = Tensor(np.random.rand(2, 6) > 0.3)
    return BeamPruner(), (states, prev, valid)
