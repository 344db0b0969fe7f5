# case: the same codebook has an ops.unique utilisation branch, but it sits behind `if self.training and self.track_usage:` with track_usage False by default and the cell in eval mode -> Graph mode never reaches the unique (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VQConfig:
    def __init__(self, dim=16, codebook_size=32, track_usage=False):
        self.dim = dim
        self.codebook_size = codebook_size
        self.track_usage = track_usage


class EuclideanCodebook(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.codebook_size = config.codebook_size
        self.track_usage = getattr(config, "track_usage", False)
        self.embed = ms.Parameter(Tensor(np.random.randn(config.codebook_size, config.dim).astype(np.float32)),
                                  name="embed")

    def quantize(self, x):
        dist = ops.cdist(x, ops.broadcast_to(self.embed, (x.shape[0],) + self.embed.shape))
        return dist.argmin(-1)

    def usage_ratio(self, codes):
        used, _ = ops.unique(codes.reshape(-1))
        return ops.cast(ops.size(used), ms.float32) / self.codebook_size

    def construct(self, x):
        codes = self.quantize(x)
        quantized = ops.gather(self.embed, codes, 0)
        quantized = x + ops.stop_gradient(quantized - x)
        if self.training and self.track_usage:
            return quantized, codes, self.usage_ratio(codes)
        return quantized, codes


def make():
    np.random.seed(35912)
    cb = EuclideanCodebook(VQConfig())
    cb.set_train(False)
    latents = Tensor(np.random.randn(2, 40, 16).astype(np.float32))
    return cb, (latents,)
