# case: contact-map refinement subclasses nn.Conv2d, optional symmetrisation fetched with getattr default and isinstance(Tensor) guard on the prior -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactRefineConfig:
    pair_dim = 8
    num_layers = 2
    symmetric = True
    kernel_size = 3


class SymmetricConv2d(nn.Conv2d):
    def __init__(self, channels, kernel_size, symmetric=True):
        super().__init__(channels, channels, kernel_size, pad_mode="same", has_bias=True)
        self.symmetric = symmetric

    def construct(self, x):
        y = super().construct(x)
        if self.symmetric:
            y = 0.5 * (y + y.swapaxes(-1, -2))
        return y


class ContactRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.convs = nn.CellList([
            SymmetricConv2d(config.pair_dim, config.kernel_size, getattr(config, "symmetric", False))
            for _ in range(config.num_layers)
        ])
        self.to_logit = nn.Conv2d(config.pair_dim, 1, 1, has_bias=True)
        self.prior_weight = getattr(config, "prior_weight", 0.0)

    def construct(self, pair, prior=None):
        x = pair.transpose(0, 3, 1, 2)
        for conv in self.convs:
            x = x + ops.relu(conv(x))
        logits = self.to_logit(x).squeeze(1)
        if isinstance(prior, Tensor):
            logits = logits + self.prior_weight * prior
        return logits


def make():
    np.random.seed(38)
    pair = Tensor(np.random.randn(2, 12, 12, 8).astype(np.float32))
    prior = Tensor(np.random.rand(2, 12, 12).astype(np.float32))
    return ContactRefiner(ContactRefineConfig()), (pair, prior)
