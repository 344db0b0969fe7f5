# case: data adapter converting between channel-last ERA5 layout and channel-first model layout, with the permutation read from a layout tensor via asnumpy -> transpose perm from tensor data (error or fallback)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYOUTS = {"NHWC": (0, 3, 1, 2), "NCHW": (0, 1, 2, 3)}


class AdapterConfig:
    def __init__(self, in_chans=5, embed_dim=16, source_layout="NHWC"):
        self.in_chans = in_chans
        self.embed_dim = embed_dim
        self.source_layout = source_layout


class LayoutAdapter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Conv2d(config.in_chans, config.embed_dim, 1, has_bias=True)

    def _to_nchw(self, x, perm):
        p = tuple(int(v) for v in perm.asnumpy())
        return ops.transpose(x, p)

    def construct(self, x, perm):
        x = self._to_nchw(x, perm)
        return self.embed(x)


def make():
    np.random.seed(3675)
    cfg = AdapterConfig()
    net = LayoutAdapter(cfg)
    x = Tensor(np.random.randn(2, 12, 24, cfg.in_chans).astype(np.float32))
    perm = Tensor(np.array(LAYOUTS[cfg.source_layout], np.int32))
    return net, (x, perm)
