# case: multi-layer feature extractor projects each backbone level with a CellList, resizes every level to the first level's shape and fuses with config weights via zip/enumerate -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExtractorConfig:
    def __init__(self, in_channels=(8, 16, 32), embed_dim=12, layer_weights=None, pool_size=3):
        self.in_channels = in_channels
        self.embed_dim = embed_dim
        self.layer_weights = layer_weights
        self.pool_size = pool_size


class FeatureAggregator(nn.Cell):
    def __init__(self, config: ExtractorConfig):
        super().__init__()
        self.proj = nn.CellList([nn.Conv2d(c, config.embed_dim, 1) for c in config.in_channels])
        weights = config.layer_weights
        if weights is None:
            weights = [1.0 / len(config.in_channels)] * len(config.in_channels)
        self.layer_weights = tuple(weights)
        self.pool = nn.AvgPool2d(config.pool_size, 1, pad_mode="same")

    def construct(self, *features):
        target = features[0].shape[-2:]
        fused = None
        for i, (proj, feat) in enumerate(zip(self.proj, features)):
            x = self.pool(proj(feat))
            if i > 0:
                x = ops.interpolate(x, size=target, mode="bilinear", align_corners=False)
            x = x * self.layer_weights[i]
            fused = x if fused is None else fused + x
        return fused


def make():
    np.random.seed(3665)
    net = FeatureAggregator(ExtractorConfig())
    f1 = Tensor(np.random.randn(2, 8, 16, 16).astype(np.float32))
    f2 = Tensor(np.random.randn(2, 16, 8, 8).astype(np.float32))
    f3 = Tensor(np.random.randn(2, 32, 4, 4).astype(np.float32))
    return net, (f1, f2, f3)
