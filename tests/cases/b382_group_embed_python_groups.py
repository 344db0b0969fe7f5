# case: group-wise band embedding with overlapping groups whose bounds are computed in __init__ as Python ints and used in a comprehension -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroupEmbedConfig:
    def __init__(self, num_bands=24, group_size=6, overlap=2, embed_dim=8, add_position=True):
        self.num_bands = num_bands
        self.group_size = group_size
        self.overlap = overlap
        self.embed_dim = embed_dim
        self.add_position = add_position


def group_bounds(num_bands, size, overlap):
    step = size - overlap
    return tuple((s, s + size) for s in range(0, num_bands - size + 1, step))


class GroupwiseBandEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bounds = group_bounds(config.num_bands, config.group_size, config.overlap)
        self.add_position = config.add_position
        self.token = nn.Dense(config.group_size, config.embed_dim)
        n = len(self.bounds)
        self.position = ms.Parameter(Tensor(np.zeros((1, n, config.embed_dim), np.float32)), name="pos")

    def construct(self, spectra):
        tokens = [self.token(spectra[:, lo:hi]) for lo, hi in self.bounds]
        out = ops.stack(tokens, 1)
        if self.add_position:
            out = out + self.position
        return out


def make():
    np.random.seed(3834)
    cfg = GroupEmbedConfig()
    x = Tensor(np.random.rand(6, cfg.num_bands).astype(np.float32))
    return GroupwiseBandEmbedding(cfg), (x,)
