# case: hull monitor keeps only spectrum bins above a noise floor with boolean-mask indexing then averages them -> boolean indexing is dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandEnergy(nn.Cell):
    def __init__(self, noise_floor=0.3, scale=10.0):
        super().__init__()
        self.noise_floor = noise_floor
        self.scale = scale

    def construct(self, spectrum):
        loud = spectrum[spectrum > self.noise_floor]
        energy = (loud * loud).mean()
        return ops.log(energy * self.scale + 1.0)


def make():
    np.random.seed(4)
    spec = Tensor(np.abs(np.random.randn(32)).astype(np.float32))
    return BandEnergy(), (spec,)
