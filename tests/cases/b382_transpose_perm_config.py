# case: layout adapter transposes cubes between channels-first and channels-last with a permutation chosen from a config string and reduces over a config axis -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYOUT_PERMS = {"NCHW->NHWC": (0, 2, 3, 1), "NHWC->NCHW": (0, 3, 1, 2), "identity": (0, 1, 2, 3)}


class LayoutConfig:
    def __init__(self, input_layout="NCHW", num_bands=12, reduce_axis=None):
        self.input_layout = input_layout
        self.num_bands = num_bands
        self.reduce_axis = reduce_axis


class SpectralLayoutAdapter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        key = "NCHW->NHWC" if config.input_layout == "NCHW" else "identity"
        self.perm = LAYOUT_PERMS[key]
        self.reduce_axis = (1, 2) if config.reduce_axis is None else config.reduce_axis
        self.norm = nn.LayerNorm((config.num_bands,))

    def construct(self, cube):
        x = ops.transpose(cube, self.perm)
        x = self.norm(x)
        return x.mean(axis=self.reduce_axis)


def make():
    np.random.seed(3847)
    cfg = LayoutConfig()
    x = Tensor(np.random.rand(2, cfg.num_bands, 5, 5).astype(np.float32))
    return SpectralLayoutAdapter(cfg), (x,)
