# case: the same beam code search, but callers leave beam=None so k is the config default; the isinstance(beam, Tensor) int() path is never taken -> Graph mode uses a constant top-k size (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SearchConfig:
    def __init__(self, dim=16, codebook_size=64, default_beam=4):
        self.dim = dim
        self.codebook_size = codebook_size
        self.default_beam = default_beam


def nearest_codes(scores, beam):
    k = int(beam) if isinstance(beam, Tensor) else beam
    values, indices = ops.topk(scores, k)
    return values, indices


class BeamCodeSearch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.default_beam = config.default_beam
        self.embed = ms.Parameter(Tensor(np.random.randn(config.codebook_size, config.dim).astype(np.float32)),
                                  name="embed")

    def construct(self, z, beam=None):
        beam = self.default_beam if beam is None else beam
        scores = -ops.cdist(z.reshape(-1, z.shape[-1]), self.embed)
        values, indices = nearest_codes(scores, beam)
        weights = ops.softmax(values, axis=-1)
        candidates = ops.gather(self.embed, indices, 0)
        return (weights[..., None] * candidates).sum(1).reshape(z.shape), indices


def make():
    np.random.seed(35926)
    search = BeamCodeSearch(SearchConfig())
    z = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return search, (z,)
