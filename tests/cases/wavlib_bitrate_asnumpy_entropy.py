# case: RVQ wrapper estimates the achieved bitrate from the empirical entropy of the emitted codes, computed with .asnumpy() and np.unique in a metrics helper -> Graph mode cannot run NumPy on tensor data (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAME_RATE = 75


class RVQConfig:
    def __init__(self, dim=16, codebook_size=32, num_codebooks=4, compute_bitrate=True):
        self.dim = dim
        self.codebook_size = codebook_size
        self.num_codebooks = num_codebooks
        self.compute_bitrate = compute_bitrate


def empirical_bits_per_code(codes):
    values = codes.asnumpy().reshape(-1)
    _, counts = np.unique(values, return_counts=True)
    p = counts / counts.sum()
    return float(-(p * np.log2(p)).sum())


class RVQWithMetrics(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.compute_bitrate = config.compute_bitrate
        self.codebooks = ms.Parameter(Tensor(np.random.randn(config.num_codebooks, config.codebook_size,
                                                             config.dim).astype(np.float32)), name="codebooks")
        self.num_codebooks = config.num_codebooks

    def construct(self, x):
        residual = x
        codes = []
        for i in range(self.num_codebooks):
            cb = self.codebooks[i]
            c = ops.cdist(residual, ops.broadcast_to(cb, (x.shape[0],) + cb.shape)).argmin(-1)
            residual = residual - ops.gather(cb, c, 0)
            codes.append(c)
        codes = ops.stack(codes, 0)
        if self.compute_bitrate:
            kbps = empirical_bits_per_code(codes) * self.num_codebooks * FRAME_RATE / 1000
            return codes, Tensor(kbps, ms.float32)
        return codes, ops.zeros((), ms.float32)


def make():
    np.random.seed(35918)
    rvq = RVQWithMetrics(RVQConfig())
    x = Tensor(np.random.randn(2, 20, 16).astype(np.float32))
    return rvq, (x,)
