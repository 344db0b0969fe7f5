# case: crew allocator frees an intermediate distance matrix with del before returning block assignments -> del statement in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestBlockAssigner(nn.Cell):
    def __init__(self, temperature=0.5):
        super().__init__()
        self.temperature = temperature
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, crew_xy, block_xy):
        diff = crew_xy.expand_dims(1) - block_xy.expand_dims(0)
        dist = ops.sqrt((diff * diff).sum(axis=-1) + 1e-6)
        del diff
        weights = self.softmax(-dist / self.temperature)
        return weights.argmax(axis=-1), weights


def make():
    np.random.seed(161)
    crews = Tensor((np.random.rand(5, 2) * 400).astype(np.float32))
    blocks = Tensor((np.random.rand(7, 2) * 400).astype(np.float32))
    return NearestBlockAssigner(), (crews, blocks)
