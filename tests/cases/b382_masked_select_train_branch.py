# case: spectral contrastive head gathers embeddings of labelled pixels with masked_select only in training -> dynamic (set_train is on)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContrastConfig:
    num_bands = 20
    embed_dim = 8
    temperature = 0.1
    normalize = True


class SpectralContrastHead(nn.Cell):
    def __init__(self, config=ContrastConfig()):
        super().__init__()
        self.embed_dim = config.embed_dim
        self.temperature = config.temperature
        self.normalize = config.normalize
        self.proj = nn.Dense(config.num_bands, config.embed_dim)

    def _embed(self, spectra):
        z = self.proj(spectra)
        if self.normalize:
            z = z / ops.sqrt((z * z).sum(-1, keepdims=True) + 1e-6)
        return z

    def construct(self, spectra, labelled):
        z = self._embed(spectra)
        if self.training:
            mask = ops.broadcast_to(labelled.reshape(-1, 1), z.shape)
            z = ops.masked_select(z, mask).reshape(-1, self.embed_dim)
        sim = ops.matmul(z, z.T) / self.temperature
        return ops.log_softmax(sim, -1).mean()


def make():
    np.random.seed(3825)
    x = Tensor(np.random.rand(40, ContrastConfig.num_bands).astype(np.float32))
    m = Tensor(np.random.rand(40) > 0.4)
    net = SpectralContrastHead()
    net.set_train(True)
    return net, (x, m)
