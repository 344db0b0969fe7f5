# case: locate vacancy sites (occupancy below 0.5) with ops.argwhere and gather their neighbour features to score defect formation -> argwhere gives a data-dependent index count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VacancyScorer(nn.Cell):
    def __init__(self, dim=6):
        super().__init__()
        self.score = nn.Dense(dim, 1)

    def vacancy_sites(self, occupancy):
        return ops.argwhere(occupancy < 0.5).reshape(-1)

    def construct(self, site_feats, occupancy):
        idx = self.vacancy_sites(occupancy)
        vac_feats = ops.gather(site_feats, idx, 0)
        return ops.reduce_sum(self.score(vac_feats))


def make():
    np.random.seed(29)
    feats = Tensor(np.random.randn(9, 6).astype(np.float32))
    occ = Tensor(np.array([1, 1, 0.2, 1, 0.0, 1, 1, 0.4, 1], np.float32))
    return VacancyScorer(), (feats, occ)
