# case: estimate raw block volume from laser-scan dimensions, converting to numpy inside construct to round to commercial cubic metres -> .asnumpy()/numpy on tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockVolumeEstimator(nn.Cell):
    def __init__(self, waste_factor=0.12):
        super().__init__()
        self.waste = waste_factor

    def construct(self, dims_m):
        gross = dims_m[:, 0] * dims_m[:, 1] * dims_m[:, 2]
        net = gross * (1.0 - self.waste)
        net_np = net.asnumpy()
        commercial = np.floor(net_np * 10.0) / 10.0
        return Tensor(commercial), gross


def make():
    np.random.seed(91)
    dims = Tensor(np.random.uniform(1.0, 3.2, (10, 3)).astype(np.float32))
    return BlockVolumeEstimator(), (dims,)
