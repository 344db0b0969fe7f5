# case: convolutional VAE that applies the KL term only to 'active' latent units chosen by a batch-variance threshold (boolean column index); expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LATENT = 8
ACTIVE_VAR = 0.01


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.SequentialCell([
            nn.Conv2d(1, 8, 3, stride=2, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(8, 16, 3, stride=2, pad_mode="same"), nn.ReLU()])
        self.flat = nn.Flatten()
        self.mu = nn.Dense(16 * 4 * 4, LATENT)
        self.logvar = nn.Dense(16 * 4 * 4, LATENT)

    def construct(self, x):
        h = self.flat(self.conv(x))
        return self.mu(h), self.logvar(h)


class Decoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(LATENT, 16 * 4 * 4)
        self.up1 = nn.Conv2dTranspose(16, 8, 2, stride=2)
        self.up2 = nn.Conv2dTranspose(8, 1, 2, stride=2)

    def construct(self, z):
        h = ops.relu(self.fc(z)).reshape(z.shape[0], 16, 4, 4)
        return self.up2(ops.relu(self.up1(h)))


class VAE(nn.Cell):
    def __init__(self, beta=1.0):
        super().__init__()
        self.enc = Encoder()
        self.dec = Decoder()
        self.beta = beta

    def construct(self, x):
        mu, logvar = self.enc(x)
        std = ops.exp(0.5 * logvar)
        z = mu + std * ops.randn_like(std)
        logits = self.dec(z)
        rec = ops.binary_cross_entropy_with_logits(logits, x, ops.ones_like(x), ops.ones_like(x),
                                                   reduction="sum") / x.shape[0]
        kl_dim = -0.5 * (1 + logvar - mu * mu - ops.exp(logvar))
        active = mu.var(axis=0) > ACTIVE_VAR
        kl = kl_dim[:, active].sum() / x.shape[0]
        return rec + self.beta * kl


def make():
    return VAE(), (Tensor(np.random.rand(4, 1, 16, 16).astype(np.float32)),)
