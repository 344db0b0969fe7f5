# case: apply a sparse layer-coupling matrix (CSRTensor) to the wind profile, with the sparse matrix passed into construct -> CSRTensor input and sparse matmul, outcome uncertain on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerCoupling(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, indptr, indices, values, wind_speed):
        coupling = ms.CSRTensor(indptr, indices, values, (5, 5))
        mixed = coupling.mv(wind_speed.reshape(-1, 1)).squeeze(-1)
        return mixed + wind_speed


def make():
    np.random.seed(93)
    indptr = Tensor(np.array([0, 2, 4, 6, 8, 9], dtype=np.int32))
    indices = Tensor(np.array([0, 1, 1, 2, 2, 3, 3, 4, 4], dtype=np.int32))
    values = Tensor(np.random.rand(9).astype(np.float32))
    speed = Tensor(np.random.rand(5).astype(np.float32))
    return LayerCoupling(), (indptr, indices, values, speed)
