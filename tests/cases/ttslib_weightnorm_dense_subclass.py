# case: vocoder projection uses a weight-normalised nn.Dense subclass whose g/v Parameters are created in a helper called from __init__ -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VocoderHeadConfig:
    channels = 16
    n_bands = 4
    use_weight_norm = True


class WeightNormDense(nn.Dense):
    def __init__(self, in_channels, out_channels, has_bias=True):
        super().__init__(in_channels, out_channels, has_bias=has_bias)
        self._apply_weight_norm()

    def _apply_weight_norm(self):
        w = self.weight.asnumpy()
        self.weight_g = Parameter(Tensor(np.linalg.norm(w, axis=1, keepdims=True).astype(np.float32)), name="weight_g")
        self.weight_v = Parameter(Tensor(w), name="weight_v")

    def construct(self, x):
        v = self.weight_v
        w = self.weight_g * v / ops.sqrt((v * v).sum(axis=1, keepdims=True) + 1e-12)
        out = ops.matmul(x, w.T)
        if self.has_bias:
            out = out + self.bias
        return out


class MultiBandHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dense_cls = WeightNormDense if config.use_weight_norm else nn.Dense
        self.heads = nn.CellList([dense_cls(config.channels, 1) for _ in range(config.n_bands)])

    def construct(self, features):
        # features: (B, T, C) -> (B, n_bands, T)
        bands = [head(features).squeeze(-1) for head in self.heads]
        return ops.tanh(ops.stack(bands, axis=1))


def make():
    np.random.seed(49)
    cfg = VocoderHeadConfig()
    feats = Tensor(np.random.randn(2, 40, cfg.channels).astype(np.float32))
    return MultiBandHead(cfg), (feats,)
