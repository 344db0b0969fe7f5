# case: score LayerNorm subclass skips normalisation when score std is tiny, checked through .item() in construct -> Python scalar from tensor, expected error/fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreLNConfig:
    num_candidates = 8
    min_std = 1e-3
    stable = True


class StableScoreNorm(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.num_candidates,))
        self.min_std = config.min_std
        self.stable = config.stable

    def _too_flat(self, scores):
        return scores.std().item() < self.min_std

    def construct(self, scores):
        if self.stable and self._too_flat(scores):
            return scores
        return super().construct(scores)


class CandidateScorer(nn.Cell):
    def __init__(self, config, dim=16):
        super().__init__()
        self.score = nn.Dense(dim, 1)
        self.norm = StableScoreNorm(config)

    def construct(self, cand):
        return self.norm(self.score(cand).squeeze(-1))


def make():
    np.random.seed(31)
    c = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return CandidateScorer(ScoreLNConfig()), (c,)
