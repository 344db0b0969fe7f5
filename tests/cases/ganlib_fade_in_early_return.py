# case: progressive discriminator/generator fade-in returns the previous stage's 8x8 image while the tensor fade alpha is still zero and the new 16x16 image otherwise -> tensor if with different output shapes, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FadeConfig:
    channels = 8
    latent_dim = 16
    skip_until_faded = True


class FadeInGenerator(nn.Cell):
    def __init__(self, config=FadeConfig()):
        super().__init__()
        self.c = config.channels
        self.skip_until_faded = config.skip_until_faded
        self.fc = nn.Dense(config.latent_dim, self.c * 64)
        self.new_block = nn.Conv2d(self.c, self.c, 3, pad_mode="same")
        self.to_rgb_old = nn.Conv2d(self.c, 3, 1)
        self.to_rgb_new = nn.Conv2d(self.c, 3, 1)

    def _grow(self, x):
        x = ops.interpolate(x, size=(x.shape[2] * 2, x.shape[3] * 2), mode="nearest")
        return ops.leaky_relu(self.new_block(x), 0.2)

    def construct(self, z, alpha):
        x = self.fc(z).reshape(-1, self.c, 8, 8)
        if self.skip_until_faded and alpha <= 0:
            return self.to_rgb_old(x)
        old = ops.interpolate(self.to_rgb_old(x), size=(16, 16), mode="nearest")
        new = self.to_rgb_new(self._grow(x))
        return old + alpha * (new - old)


def make():
    np.random.seed(3549)
    net = FadeInGenerator()
    z = Tensor(np.random.randn(2, 16).astype(np.float32))
    alpha = Tensor(np.array(0.5, dtype=np.float32))
    return net, (z, alpha)
