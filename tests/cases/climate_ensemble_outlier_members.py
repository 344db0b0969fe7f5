# case: drop ensemble members whose domain-mean departs too far from the ensemble mean before computing spread -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustEnsembleSpread(nn.Cell):
    """Ensemble mean and spread after discarding outlier members."""

    def __init__(self, max_sigma=1.5, min_members=2):
        super().__init__()
        self.max_sigma = max_sigma
        self.min_members = min_members

    def _member_scores(self, ens):
        dom = ens.mean(axis=(1, 2))
        return ops.abs(dom - dom.mean()) / (dom.std() + 1e-6)

    def construct(self, ens):
        keep = self._member_scores(ens) <= self.max_sigma
        kept = ens[keep]
        return kept.mean(axis=0), kept.std(axis=0)


def make():
    rng = np.random.RandomState(16)
    ens = rng.randn(6, 5, 7).astype(np.float32)
    ens[2] += 4.0
    return RobustEnsembleSpread(), (Tensor(ens),)
