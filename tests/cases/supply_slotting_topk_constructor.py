# case: golden-zone slotting picks the top-k SKUs by velocity with k fixed in the constructor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VelocityScore(nn.Cell):
    def __init__(self, picks_weight=0.7, cube_weight=0.3):
        super().__init__()
        self.picks_weight = picks_weight
        self.cube_weight = cube_weight

    def construct(self, picks, cube):
        return self.picks_weight * picks / picks.max() - self.cube_weight * cube / cube.max()


class GoldenZoneAssigner(nn.Cell):
    def __init__(self, golden_bins=5):
        super().__init__()
        self.golden_bins = golden_bins
        self.scorer = VelocityScore()

    def construct(self, picks, cube):
        score = self.scorer(picks, cube)
        top_score, top_sku = ops.topk(score, self.golden_bins)
        in_golden = ops.zeros(score.shape, ms.float32)
        in_golden = ops.tensor_scatter_update(in_golden, top_sku.expand_dims(1),
                                              ops.ones((self.golden_bins,), ms.float32))
        return top_sku, in_golden, top_score.mean()


def make():
    np.random.seed(15)
    picks = Tensor(np.random.randint(10, 500, 24).astype(np.float32))
    cube = Tensor(np.random.uniform(0.01, 0.5, 24).astype(np.float32))
    return GoldenZoneAssigner(), (picks, cube)
