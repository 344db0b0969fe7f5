# case: codebook usage histogram built as a sparse COOTensor of (frame, code) assignments and reduced to per-code counts -> Graph mode sparse tensor support on CPU is limited (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistConfig:
    def __init__(self, dim=16, codebook_size=32, normalize=True):
        self.dim = dim
        self.codebook_size = codebook_size
        self.normalize = normalize


class CodeHistogram(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.codebook_size = config.codebook_size
        self.normalize = config.normalize
        self.embed = ms.Parameter(Tensor(np.random.randn(config.codebook_size, config.dim).astype(np.float32)),
                                  name="embed")

    def _assignments(self, codes):
        n = codes.shape[0]
        rows = ops.arange(n, dtype=ms.int32)
        indices = ops.stack((rows, codes.astype(ms.int32)), axis=1)
        values = ops.ones((n,), ms.float32)
        return ms.COOTensor(indices, values, (n, self.codebook_size))

    def construct(self, z):
        flat = z.reshape(-1, z.shape[-1])
        codes = ops.cdist(flat, self.embed).argmin(-1)
        assign = self._assignments(codes)
        counts = assign.to_dense().sum(0)
        if self.normalize:
            counts = counts / flat.shape[0]
        return codes, counts


def make():
    np.random.seed(35920)
    hist = CodeHistogram(HistConfig())
    z = Tensor(np.random.randn(2, 20, 16).astype(np.float32))
    return hist, (z,)
