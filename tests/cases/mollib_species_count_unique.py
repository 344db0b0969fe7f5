# case: atom-type embedding also reports the set of chemical species present via ops.unique (flag on by default) -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class SpeciesConfig:
    def __init__(self, num_elements=10, dim=24, report_species=True):
        self.num_elements = num_elements
        self.dim = dim
        self.report_species = report_species


class SpeciesEmbedding(nn.Cell):
    def __init__(self, config, scale: Optional[float] = None):
        super().__init__()
        self.embed = nn.Embedding(config.num_elements, config.dim)
        self.report_species = config.report_species
        self.scale = 1.0 if scale is None else scale

    def _species(self, z):
        species, _ = ops.unique(z.reshape(-1))
        return species

    def construct(self, z):
        h = self.embed(z) * self.scale
        outputs = (h,)
        if self.report_species:
            outputs = outputs + (self._species(z),)
        return outputs


def make():
    np.random.seed(7)
    z = np.random.choice([1, 6, 7, 8], size=(4, 9)).astype(np.int32)
    return SpeciesEmbedding(SpeciesConfig()), (Tensor(z),)
