# case: nn.Dense subclass used as the random-projection layer of a coreset sampler caches its last output on self inside construct for later inspection -> attribute of self written in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProjectionConfig:
    embed_dim = 32
    projection_dim = 8
    keep_last_output = True


class CachingProjection(nn.Dense):
    def __init__(self, in_channels, out_channels, keep_last_output=False, **kwargs):
        super().__init__(in_channels, out_channels, has_bias=False, **kwargs)
        self.keep_last_output = keep_last_output
        self.last_output = None

    def construct(self, x):
        out = super().construct(x)
        if self.keep_last_output:
            self.last_output = out
        return out


class ProjectedDistance(nn.Cell):
    def __init__(self, config=ProjectionConfig):
        super().__init__()
        self.projection = CachingProjection(config.embed_dim, config.projection_dim,
                                            keep_last_output=config.keep_last_output)

    def construct(self, embedding):
        z = self.projection(embedding)
        diff = z.expand_dims(1) - z.expand_dims(0)
        return (diff * diff).sum(axis=-1)


def make():
    np.random.seed(3674)
    net = ProjectedDistance()
    emb = Tensor(np.random.randn(24, 32).astype(np.float32))
    return net, (emb,)
