# case: StyleGAN synthesis layer adds per-pixel noise only when the learned noise_strength Parameter is non-zero, optional constant noise buffer looked up with getattr -> tensor-valued if whose branches keep the same shape, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerConfig:
    channels = 8
    resolution = 8
    use_noise = True
    noise_mode = "random"


class NoiseInjection(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_noise = config.use_noise
        self.noise_mode = config.noise_mode
        self.resolution = config.resolution
        if self.use_noise:
            self._register_noise(config.resolution)

    def _register_noise(self, res):
        self.noise_strength = ms.Parameter(Tensor(np.array(0.1, np.float32)), name="noise_strength")
        self.noise_const = ms.Parameter(Tensor(np.random.randn(res, res).astype(np.float32)), name="noise_const",
                                        requires_grad=False)

    def construct(self, x):
        strength = getattr(self, "noise_strength", None)
        if strength is None:
            return x
        if self.noise_mode == "const":
            noise = self.noise_const * strength
        else:
            noise = ops.standard_normal((x.shape[0], 1, self.resolution, self.resolution)) * strength
        if strength != 0:
            x = x + noise
        return x


def make():
    np.random.seed(3546)
    net = NoiseInjection(LayerConfig())
    x = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    return net, (x,)
