# case: re-ID embedding layer subclasses nn.Dense, calls super().construct and L2-normalises with an emb_scale read through getattr -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReIDConfig:
    def __init__(self, in_dim=32, emb_dim=16, use_bn=False, dropout=0.1):
        self.in_dim = in_dim
        self.emb_dim = emb_dim
        self.use_bn = use_bn
        self.dropout = dropout


class NormalizedDense(nn.Dense):
    def __init__(self, in_channels, out_channels, scale=None, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        if scale is not None:
            self.emb_scale = scale

    def construct(self, x):
        y = super().construct(x)
        y = y / ops.sqrt((y * y).sum(-1, keepdims=True) + 1e-12)
        return y * getattr(self, "emb_scale", 1.0)


class ReIDBranch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_bn = config.use_bn
        self.drop = nn.Dropout(p=config.dropout)
        self.bn = nn.BatchNorm1d(config.in_dim) if config.use_bn else None
        self.fc = NormalizedDense(config.in_dim, config.emb_dim, has_bias=False)

    def construct(self, x):
        if self.bn is not None:
            x = self.bn(x)
        if self.training:
            x = self.drop(x)
        return self.fc(x)


def make():
    np.random.seed(201)
    x = Tensor(np.random.randn(6, 32).astype(np.float32))
    net = ReIDBranch(ReIDConfig())
    net.set_train(False)
    return net, (x,)
