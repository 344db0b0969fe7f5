# case: slot the fastest movers into golden-zone bins where the number of golden bins comes from a tensor via int() and feeds topk -> Graph mode error or dynamic k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoldenZoneSlotter(nn.Cell):
    def __init__(self, picks_weight=0.7, cube_weight=0.3):
        super().__init__()
        self.picks_weight = picks_weight
        self.cube_weight = cube_weight

    def velocity(self, picks, cube):
        return self.picks_weight * picks / picks.max() - self.cube_weight * cube / cube.max()

    def construct(self, picks, cube, golden_bins_free):
        score = self.velocity(picks, cube)
        k = int(golden_bins_free)
        top_score, top_sku = ops.topk(score, k)
        return top_sku, top_score.mean()


def make():
    np.random.seed(14)
    picks = Tensor(np.random.randint(10, 500, 24).astype(np.float32))
    cube = Tensor(np.random.uniform(0.01, 0.5, 24).astype(np.float32))
    golden = Tensor(np.array(5, dtype=np.int32))
    return GoldenZoneSlotter(), (picks, cube, golden)
