# case: cross network whose number of active layers arrives as a tensor from the serving request, looped with while and collecting every layer's output for a concatenated stack -> loop count and concat width from data, expect rejection or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossConfig:
    def __init__(self, input_dim=12, max_layers=4, keep_all_layers=True):
        self.input_dim = input_dim
        self.max_layers = max_layers
        self.keep_all_layers = keep_all_layers


class CrossLayer(nn.Dense):
    def construct(self, x0, xl):
        return x0 * super().construct(xl) + xl


class AdaptiveDepthCrossNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keep_all_layers = config.keep_all_layers
        self.layers = nn.CellList([CrossLayer(config.input_dim, config.input_dim)
                                   for _ in range(config.max_layers)])

    def construct(self, x0, depth):
        xl = x0
        collected = [x0]
        i = 0
        while i < depth:
            xl = self.layers[i](x0, xl)
            if self.keep_all_layers:
                collected.append(xl)
            i += 1
        return ops.concat(collected, axis=-1)


def make():
    np.random.seed(38516)
    cfg = CrossConfig()
    x0 = Tensor(np.random.randn(3, cfg.input_dim).astype(np.float32) * 0.1)
    return AdaptiveDepthCrossNet(cfg), (x0, Tensor(2, ms.int32))
