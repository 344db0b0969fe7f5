# case: DB label builder that scatters shrunk text-polygon pixels into a COOTensor shrink map and densifies it inside construct -> sparse tensor in Graph mode, likely rejected or unsupported
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShrinkMapConfig:
    def __init__(self, map_size=(32, 32), shrink_ratio=0.4, use_sparse=True):
        self.map_size = map_size
        self.shrink_ratio = shrink_ratio
        self.use_sparse = use_sparse


class ShrinkMapBuilder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.map_size = tuple(config.map_size)
        self.use_sparse = config.use_sparse
        self.shrink_ratio = config.shrink_ratio

    def _dense_from_points(self, points, weights):
        if self.use_sparse:
            coo = ms.COOTensor(points, weights, self.map_size)
            return coo.to_dense()
        return ops.tensor_scatter_update(ops.zeros(self.map_size, ms.float32), points, weights)

    def construct(self, points, weights, prob):
        gt = self._dense_from_points(points, weights)
        bce = -(gt * ops.log(prob + 1e-6) + (1 - gt) * ops.log(1 - prob + 1e-6))
        return bce.mean(), gt.sum()


def make():
    np.random.seed(34)
    pts = np.unique(np.random.randint(0, 32, size=(40, 2)), axis=0)
    pts = pts[np.lexsort((pts[:, 1], pts[:, 0]))].astype(np.int32)
    w = np.ones(len(pts), np.float32)
    prob = Tensor(np.random.rand(32, 32).astype(np.float32))
    return ShrinkMapBuilder(ShrinkMapConfig()), (Tensor(pts), Tensor(w), prob)
