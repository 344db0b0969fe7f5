# case: represent detected blue-mould spots on a rind grid as a COOTensor and multiply it with a dense ripening-effect map -> sparse tensor built in construct, expect Graph mode to reject or restrict
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


GRID = (16, 16)


class SpotInfluence(nn.Cell):
    def __init__(self):
        super().__init__()
        self.effect = ms.Parameter(Tensor(np.ones(GRID, np.float32) * 0.5), name="effect")

    def construct(self, spot_idx, spot_area):
        spots = ms.COOTensor(spot_idx, spot_area, GRID)
        weighted = spots * self.effect
        return weighted.values.sum()


def make():
    np.random.seed(3220)
    idx = np.unique(np.random.randint(0, 16, size=(10, 2)), axis=0).astype(np.int32)
    area = np.random.rand(idx.shape[0]).astype(np.float32)
    return SpotInfluence(), (Tensor(idx), Tensor(area))
