# case: PaDiM model fits per-patch Gaussian stats with .asnumpy() and np.linalg.inv in a fit helper run at build time, construct only uses the stored Parameters on a list/tuple of layer features -> NumPy kept outside construct, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PadimConfig:
    def __init__(self, embed_dim=12, grid=(4, 4), ridge=0.01):
        self.embed_dim = embed_dim
        self.grid = grid
        self.ridge = ridge


class GaussianStatsMixin:
    def fit(self, train_embeddings: Tensor):
        emb = train_embeddings.asnumpy()
        n, c, h, w = emb.shape
        emb = emb.reshape(n, c, h * w).transpose(2, 0, 1)
        mean = emb.mean(axis=1)
        inv = [np.linalg.inv(np.cov(e, rowvar=False) + self.ridge * np.eye(c)) for e in emb]
        ops.assign(self.mean, Tensor(mean.astype(np.float32)))
        ops.assign(self.inv_cov, Tensor(np.stack(inv).astype(np.float32)))
        return self


class Padim(nn.Cell, GaussianStatsMixin):
    def __init__(self, config: PadimConfig):
        super().__init__()
        self.ridge = config.ridge
        hw, d = config.grid[0] * config.grid[1], config.embed_dim
        self.mean = Parameter(Tensor(np.zeros((hw, d), np.float32)), name="mean", requires_grad=False)
        self.inv_cov = Parameter(Tensor(np.zeros((hw, d, d), np.float32)), name="inv_cov", requires_grad=False)

    def construct(self, features):
        if isinstance(features, (list, tuple)):
            size = features[0].shape[-2:]
            features = ops.concat([features[0]] + [ops.interpolate(f, size=size, mode="nearest")
                                                   for f in features[1:]], axis=1)
        b, c, h, w = features.shape
        delta = features.reshape(b, c, h * w).transpose(2, 0, 1) - self.mean.expand_dims(1)
        dist = (ops.matmul(delta, self.inv_cov) * delta).sum(axis=-1)
        return ops.sqrt(ops.relu(dist)).transpose(1, 0).reshape(b, 1, h, w)


def make():
    np.random.seed(3680)
    net = Padim(PadimConfig()).fit(Tensor(np.random.randn(40, 12, 4, 4).astype(np.float32)))
    layers = (Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32)),
              Tensor(np.random.randn(2, 4, 2, 2).astype(np.float32)))
    return net, (layers,)
