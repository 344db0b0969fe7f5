# case: DCN-v2 cross network whose depth is read from a config and run as a loop over a CellList of full-rank cross layers -> depth is a Python int, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossNetConfig:
    def __init__(self, num_fields=6, emb_dim=8, cross_layers=3, use_bias=True, stacked_deep=True):
        self.num_fields = num_fields
        self.emb_dim = emb_dim
        self.cross_layers = cross_layers
        self.use_bias = use_bias
        self.stacked_deep = stacked_deep


class CrossNetV2(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.input_dim = config.num_fields * config.emb_dim
        self.num_layers = config.cross_layers
        self._build_cross_layers(config)

    def _build_cross_layers(self, config):
        self.cross = nn.CellList([
            nn.Dense(self.input_dim, self.input_dim, has_bias=config.use_bias)
            for _ in range(self.num_layers)])

    def construct(self, x0):
        x = x0
        for i in range(self.num_layers):
            x = x0 * self.cross[i](x) + x
        return x


class DCNv2(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.stacked_deep = config.stacked_deep
        self.cross_net = CrossNetV2(config)
        self.deep = nn.SequentialCell([nn.Dense(config.num_fields * config.emb_dim, 32), nn.ReLU()])
        out_dim = 32 if config.stacked_deep else 32 + config.num_fields * config.emb_dim
        self.head = nn.Dense(out_dim, 1)

    def construct(self, field_emb):
        x0 = field_emb.reshape(field_emb.shape[0], -1)
        crossed = self.cross_net(x0)
        if self.stacked_deep:
            h = self.deep(crossed)
        else:
            h = ops.concat((crossed, self.deep(x0)), axis=-1)
        return ops.sigmoid(self.head(h))


def make():
    np.random.seed(3852)
    cfg = CrossNetConfig()
    emb = Tensor(np.random.randn(5, cfg.num_fields, cfg.emb_dim).astype(np.float32) * 0.1)
    return DCNv2(cfg), (emb,)
