# case: DINO projection head whose last layer subclasses nn.Dense with a weight-normalized direction and a gain Parameter created in a helper, norm_last_layer flag -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DINOHeadConfig:
    def __init__(self, in_dim=16, hidden_dim=16, bottleneck_dim=8, out_dim=12, nlayers=3, norm_last_layer=True):
        self.in_dim = in_dim
        self.hidden_dim = hidden_dim
        self.bottleneck_dim = bottleneck_dim
        self.out_dim = out_dim
        self.nlayers = nlayers
        self.norm_last_layer = norm_last_layer


class WeightNormDense(nn.Dense):
    def __init__(self, in_channels, out_channels, fix_gain=True):
        super().__init__(in_channels, out_channels, has_bias=False)
        self._init_gain(out_channels, fix_gain)

    def _init_gain(self, out_channels, fix_gain):
        self.weight_g = Parameter(ops.ones((out_channels, 1), ms.float32), name="weight_g", requires_grad=not fix_gain)

    def construct(self, x):
        direction = self.weight / ops.norm(self.weight, dim=1, keepdim=True)
        return ops.matmul(x, (self.weight_g * direction).T)


class DINOHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = [config.in_dim] + [config.hidden_dim] * (config.nlayers - 1)
        layers = []
        for d_in, d_out in zip(dims[:-1], dims[1:]):
            layers += [nn.Dense(d_in, d_out), nn.GELU()]
        layers.append(nn.Dense(dims[-1], config.bottleneck_dim))
        self.mlp = nn.SequentialCell(layers)
        self.last_layer = WeightNormDense(config.bottleneck_dim, config.out_dim, config.norm_last_layer)

    def construct(self, x):
        x = self.mlp(x)
        x = x / ops.norm(x, dim=-1, keepdim=True).clamp(min=1e-12)
        return self.last_layer(x)


def make():
    np.random.seed(3696)
    cfg = DINOHeadConfig()
    x = Tensor(np.random.randn(4, cfg.in_dim).astype(np.float32))
    return DINOHead(cfg), (x,)
