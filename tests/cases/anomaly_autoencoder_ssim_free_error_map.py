# case: convolutional autoencoder with per-pixel squared reconstruction error map and channel mean -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvAutoencoder(nn.Cell):
    def __init__(self, in_ch=3, hidden=8, latent=4):
        super().__init__()
        self.encoder = nn.SequentialCell(
            nn.Conv2d(in_ch, hidden, 3, stride=2, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(hidden, latent, 3, stride=2, pad_mode="same"), nn.ReLU())
        self.decoder = nn.SequentialCell(
            nn.Conv2dTranspose(latent, hidden, 4, stride=2, pad_mode="same"), nn.ReLU(),
            nn.Conv2dTranspose(hidden, in_ch, 4, stride=2, pad_mode="same"), nn.Sigmoid())

    def construct(self, x):
        return self.decoder(self.encoder(x))


class ReconstructionScorer(nn.Cell):
    def __init__(self, autoencoder, reduce_channels=True):
        super().__init__()
        self.ae = autoencoder
        self.reduce_channels = reduce_channels

    def construct(self, images):
        recon = self.ae(images)
        err = ops.square(images - recon)
        if self.reduce_channels:
            err = err.mean(axis=1, keep_dims=True)
        return err, err.reshape(err.shape[0], -1).mean(axis=1)


def make():
    np.random.seed(23)
    ms.set_seed(23)
    x = np.random.rand(2, 3, 16, 16).astype(np.float32)
    return ReconstructionScorer(ConvAutoencoder()), (Tensor(x),)
