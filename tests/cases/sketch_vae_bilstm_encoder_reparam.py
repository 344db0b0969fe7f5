# case: sketch-RNN VAE encoder: bidirectional LSTM final states -> mu / sigma and reparameterised latent with given noise -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SketchVAEEncoder(nn.Cell):
    """Encode stroke-5 sequences into a Gaussian latent."""

    def __init__(self, hidden=12, latent=6, kl_min=0.2):
        super().__init__()
        self.rnn = nn.LSTM(5, hidden, batch_first=True, bidirectional=True)
        self.to_mu = nn.Dense(2 * hidden, latent)
        self.to_presig = nn.Dense(2 * hidden, latent)
        self.kl_min = kl_min

    def summary(self, strokes):
        _, (h_n, _) = self.rnn(strokes)
        return ops.concat((h_n[0], h_n[1]), axis=-1)

    def kl(self, mu, presig):
        kl = -0.5 * (1 + presig - mu ** 2 - ops.exp(presig)).mean()
        return ops.maximum(kl, self.kl_min)

    def construct(self, strokes, eps):
        h = self.summary(strokes)
        mu = self.to_mu(h)
        presig = self.to_presig(h)
        z = mu + ops.exp(presig / 2.0) * eps
        return z, self.kl(mu, presig)


def make():
    np.random.seed(31)
    ms.set_seed(31)
    s = Tensor(np.random.randn(3, 9, 5).astype(np.float32))
    eps = Tensor(np.random.randn(3, 6).astype(np.float32))
    return SketchVAEEncoder(), (s, eps)
