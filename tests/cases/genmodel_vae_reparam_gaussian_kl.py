# case: convolutional VAE with reparameterisation trick and analytic Gaussian KL summed over latent dims -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvEncoder(nn.Cell):
    def __init__(self, in_ch=1, latent_dim=4):
        super().__init__()
        self.conv = nn.SequentialCell(nn.Conv2d(in_ch, 8, 3, stride=2, pad_mode="same"), nn.ReLU(),
                                      nn.Conv2d(8, 8, 3, stride=2, pad_mode="same"), nn.ReLU())
        self.head = nn.Dense(8 * 2 * 2, 2 * latent_dim)

    def construct(self, x):
        h = self.conv(x)
        return self.head(h.reshape(h.shape[0], -1))


class VAE(nn.Cell):
    def __init__(self, latent_dim=4, beta=1.0, img_size=8):
        super().__init__()
        self.latent_dim = latent_dim
        self.beta = beta
        self.encoder = ConvEncoder(latent_dim=latent_dim)
        self.decoder = nn.Dense(latent_dim, img_size * img_size)
        self.img_size = img_size

    def reparameterize(self, mu, logvar, eps):
        return mu + ops.exp(0.5 * logvar) * eps

    def construct(self, x, eps):
        stats = self.encoder(x)
        mu, logvar = stats[:, :self.latent_dim], stats[:, self.latent_dim:]
        z = self.reparameterize(mu, logvar, eps)
        recon = ops.sigmoid(self.decoder(z)).reshape(x.shape)
        rec_loss = ops.binary_cross_entropy(recon, x, reduction="sum") / x.shape[0]
        kl = -0.5 * ops.sum(1 + logvar - mu ** 2 - ops.exp(logvar), dim=1).mean()
        return rec_loss + self.beta * kl


def make():
    np.random.seed(0)
    x = Tensor(np.random.rand(2, 1, 8, 8).astype(np.float32))
    eps = Tensor(np.random.randn(2, 4).astype(np.float32))
    return VAE(), (x, eps)
