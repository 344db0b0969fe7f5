# case: point-RCNN refinement head uses nn.Dense subclasses whose per-channel scale Parameter is made in a helper called from __init__ and whose construct calls super().construct -> Parameters created at init time; should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RefineConfig:
    def __init__(self, in_channels=32, hidden=(64, 64), code_size=7, use_scale=True, dropout=0.0):
        self.in_channels = in_channels
        self.hidden = hidden
        self.code_size = code_size
        self.use_scale = use_scale
        self.dropout = dropout


class ScaledDense(nn.Dense):
    def __init__(self, in_channels, out_channels, use_scale=True, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.use_scale = use_scale
        self._init_scale(out_channels)

    def _init_scale(self, out_channels):
        self.scale = Parameter(Tensor(np.ones(out_channels, np.float32)), name="scale")

    def construct(self, x):
        out = super().construct(x)
        return out * self.scale if self.use_scale else out


class RoIRefineHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = [config.in_channels] + list(config.hidden)
        self.layers = nn.CellList([ScaledDense(i, o, use_scale=config.use_scale, activation="relu")
                                   for i, o in zip(dims[:-1], dims[1:])])
        self.dropout = nn.Dropout(p=config.dropout) if config.dropout > 0 else None
        self.reg = ScaledDense(dims[-1], config.code_size, use_scale=False)

    def construct(self, roi_feats, *args):
        x = roi_feats
        for layer in self.layers:
            x = layer(x)
        if self.training and self.dropout is not None:
            x = self.dropout(x)
        return self.reg(x)


def make():
    np.random.seed(3718)
    net = RoIRefineHead(RefineConfig())
    net.set_train(False)
    return net, (Tensor(np.random.randn(24, 32).astype(np.float32)),)
