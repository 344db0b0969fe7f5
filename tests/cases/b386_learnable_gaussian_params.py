# case: Gaussian distance expansion with learnable centres and log-widths created as Parameters in a _build_basis helper called by __init__, evaluated with ops.exp -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BasisConfig:
    def __init__(self, cutoff=6.0, num_basis=24, trainable=True, init_width=None):
        self.cutoff = cutoff
        self.num_basis = num_basis
        self.trainable = trainable
        self.init_width = init_width


class LearnableGaussianBasis(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff
        self._build_basis(config)

    def _build_basis(self, config):
        centers = np.linspace(0.0, config.cutoff, config.num_basis).astype(np.float32)
        width = config.init_width if config.init_width is not None else centers[1] - centers[0]
        self.centers = Parameter(Tensor(centers), name="centers", requires_grad=config.trainable)
        self.log_width = Parameter(Tensor(np.full(config.num_basis, np.log(width), np.float32)),
                                   name="log_width", requires_grad=config.trainable)

    def construct(self, dist):
        width = ops.exp(self.log_width)
        z = (dist.expand_dims(-1) - self.centers) / width
        return ops.exp(-0.5 * z * z)


def make():
    np.random.seed(26)
    dist = Tensor(np.random.uniform(1.0, 6.0, size=(5, 12)).astype(np.float32))
    return LearnableGaussianBasis(BasisConfig()), (dist,)
