# case: pass the lamp beam profile through each Fresnel lens tier stored in an nn.CellList with a for loop over the layers -> loop over cells, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LensTier(nn.Cell):
    def __init__(self, width, refraction=1.52):
        super().__init__()
        self.refract = nn.Dense(width, width)
        self.refraction = refraction

    def construct(self, beam):
        return beam + ops.tanh(self.refract(beam)) / self.refraction


class FresnelLens(nn.Cell):
    def __init__(self, width=16, n_tiers=3, collimate=True):
        super().__init__()
        self.tiers = nn.CellList([LensTier(width) for _ in range(n_tiers)])
        self.collimate = collimate

    def construct(self, beam):
        for tier in self.tiers:
            beam = tier(beam)
        if self.collimate:
            beam = beam / (ops.norm(beam, dim=-1, keepdim=True) + 1e-6)
        return beam


def make():
    np.random.seed(3068)
    beam = Tensor(np.random.rand(2, 16).astype(np.float32))
    return FresnelLens(), (beam,)
