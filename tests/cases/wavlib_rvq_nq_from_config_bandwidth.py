# case: residual vector quantizer with an Optional bandwidth argument that defaults to None and falls back to the config's target bandwidth, so int() only sees a Python float -> Graph mode compiles it statically
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAME_RATE = 75
BITS_PER_CODEBOOK = 10


class QuantizerConfig:
    def __init__(self, dim=32, codebook_size=64, max_codebooks=8, target_bandwidth=3.0):
        self.dim = dim
        self.codebook_size = codebook_size
        self.max_codebooks = max_codebooks
        self.target_bandwidth = target_bandwidth


class VectorQuantization(nn.Cell):
    def __init__(self, dim, codebook_size):
        super().__init__()
        init = np.random.randn(codebook_size, dim).astype(np.float32)
        self.embed = ms.Parameter(Tensor(init), name="embed")

    def construct(self, x):
        embed_t = ops.transpose(self.embed, (1, 0))
        dist = (x * x).sum(-1, keepdims=True) - 2 * ops.matmul(x, embed_t) + (self.embed * self.embed).sum(-1)
        codes = dist.argmin(-1)
        return ops.gather(self.embed, codes, 0), codes


class ResidualVectorQuantizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.target_bandwidth = config.target_bandwidth
        self.max_codebooks = config.max_codebooks
        self.layers = nn.CellList([VectorQuantization(config.dim, config.codebook_size)
                                   for _ in range(config.max_codebooks)])

    def num_codebooks(self, bandwidth=None):
        if bandwidth is None:
            bandwidth = self.target_bandwidth
        n_q = int(bandwidth * 1000 // (FRAME_RATE * BITS_PER_CODEBOOK))
        return max(1, min(n_q, self.max_codebooks))

    def construct(self, x, bandwidth: Optional[float] = None):
        n_q = self.num_codebooks(bandwidth)
        residual = x
        quantized = ops.zeros_like(x)
        all_codes = []
        for layer in self.layers[:n_q]:
            q, c = layer(residual)
            residual = residual - q
            quantized = quantized + q
            all_codes.append(c)
        return quantized, ops.stack(all_codes, 0)


def make():
    np.random.seed(3592)
    model = ResidualVectorQuantizer(QuantizerConfig())
    latents = Tensor(np.random.randn(2, 50, 32).astype(np.float32))
    return model, (latents,)
