# case: spatio-temporal LayerNorm subclass that normalises over (nodes, channels) and, only when a list/tuple of masks is passed, averages them first; called with a single tensor -> isinstance guard on a constant type, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormConfig:
    def __init__(self, n_nodes=7, channels=4, eps=1e-5, mask_input=False):
        self.n_nodes = n_nodes
        self.channels = channels
        self.eps = eps
        self.mask_input = mask_input


class STLayerNorm(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.n_nodes, config.channels), begin_norm_axis=2, begin_params_axis=2,
                         epsilon=config.eps)
        self.mask_input = config.mask_input

    def construct(self, x, mask=None):
        if isinstance(mask, (list, tuple)):
            mask = sum(mask) / len(mask)
        out = super().construct(x)
        if mask is not None:
            out = out * mask
        return out


def make():
    np.random.seed(3843)
    x = np.random.randn(2, 5, 7, 4).astype(np.float32)
    mask = (np.random.rand(2, 5, 7, 1) > 0.1).astype(np.float32)
    return STLayerNorm(NormConfig()), (Tensor(x), Tensor(mask))
