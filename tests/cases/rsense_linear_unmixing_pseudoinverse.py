# case: linear spectral unmixing of every pixel with a fixed endmember pseudo-inverse computed at init, then sum-to-one normalisation -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearUnmixer(nn.Cell):
    def __init__(self, endmembers):
        super().__init__()
        pinv = np.linalg.pinv(endmembers).astype(np.float32)
        self.pinv = ms.Parameter(Tensor(pinv), name="pinv", requires_grad=False)
        self.num_em = endmembers.shape[1]

    def construct(self, cube):
        bands, h, w = cube.shape
        pixels = cube.reshape(bands, h * w)
        abund = ops.matmul(self.pinv, pixels)
        abund = ops.relu(abund)
        abund = abund / (abund.sum(axis=0, keepdims=True) + 1e-6)
        return abund.reshape(self.num_em, h, w)


def make():
    np.random.seed(44)
    endmembers = np.random.rand(12, 3).astype(np.float32)
    mix = np.random.dirichlet([1.0, 1.0, 1.0], size=64).T.astype(np.float32)
    cube = Tensor((endmembers @ mix).reshape(12, 8, 8).astype(np.float32))
    return LinearUnmixer(endmembers), (cube,)
