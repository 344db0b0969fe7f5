# case: model manual-to-pedal couplers as a sparse COOTensor coupling matrix and apply it to the key vector -> sparse tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CouplerNetwork(nn.Cell):
    """Great-to-Pedal and Swell-to-Great couplers as a sparse key map."""

    def __init__(self, n_keys=61):
        super().__init__()
        rows = np.arange(0, 32, dtype=np.int32)
        cols = rows + 12
        self.indices = Tensor(np.stack([rows, cols], axis=1))
        self.values = Tensor(np.ones(32, dtype=np.float32))
        self.shape = (n_keys, n_keys)

    def construct(self, keys_down):
        coupler = ms.COOTensor(self.indices, self.values, self.shape)
        coupled = ops.matmul(coupler.to_dense(), keys_down)
        return ops.clamp(keys_down + coupled, 0.0, 1.0)


def make():
    np.random.seed(321)
    keys = (np.random.rand(61, 1) > 0.8).astype(np.float32)
    return CouplerNetwork(), (Tensor(keys),)
