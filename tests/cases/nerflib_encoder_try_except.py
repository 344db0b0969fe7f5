# case: field network wraps the optional view-direction encoder call in try/except and falls back to raw directions -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FieldConfig:
    hidden = 32
    dir_freqs = 4
    use_viewdirs = True


class DirEncoder(nn.Cell):
    def __init__(self, n_freqs):
        super().__init__()
        self.freqs = tuple(2.0 ** i for i in range(n_freqs))

    def construct(self, d):
        return ops.concat([d] + [fn(d * f) for f in self.freqs for fn in (ops.sin, ops.cos)], axis=-1)


class RadianceField(nn.Cell):
    def __init__(self, config, dir_encoder=None):
        super().__init__()
        self.use_viewdirs = config.use_viewdirs
        self.dir_encoder = dir_encoder if dir_encoder is not None else DirEncoder(config.dir_freqs)
        d_dir = 3 + 6 * config.dir_freqs
        self.pos_net = nn.SequentialCell([nn.Dense(3, config.hidden), nn.ReLU()])
        self.sigma_head = nn.Dense(config.hidden, 1)
        self.rgb_head = nn.Dense(config.hidden + d_dir, 3)

    def _encode_dirs(self, d):
        try:
            return self.dir_encoder(d)
        except RuntimeError:
            return ops.tile(d, (1, 1 + 2 * len(self.dir_encoder.freqs)))

    def construct(self, x, d):
        h = self.pos_net(x)
        sigma = ops.softplus(self.sigma_head(h))
        if self.use_viewdirs:
            h = ops.concat((h, self._encode_dirs(d)), axis=-1)
        return ops.sigmoid(self.rgb_head(h)), sigma


def make():
    np.random.seed(6)
    x = np.random.randn(32, 3).astype(np.float32)
    d = np.random.randn(32, 3).astype(np.float32)
    return RadianceField(FieldConfig()), (Tensor(x), Tensor(d))
