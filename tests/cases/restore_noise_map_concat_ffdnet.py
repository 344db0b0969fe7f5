# case: FFDNet-style denoiser, per-image sigma broadcast to a noise-level map and concatenated -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FFDNetLite(nn.Cell):
    def __init__(self, channels=1, feats=16, depth=3, sigma_scale=255.0):
        super().__init__()
        self.sigma_scale = sigma_scale
        self.down = nn.PixelUnshuffle(2)
        self.up = nn.PixelShuffle(2)
        layers = [nn.Conv2d(channels * 4 + 1, feats, 3, pad_mode="same"), nn.ReLU()]
        for _ in range(depth - 2):
            layers += [nn.Conv2d(feats, feats, 3, pad_mode="same"), nn.BatchNorm2d(feats), nn.ReLU()]
        layers.append(nn.Conv2d(feats, channels * 4, 3, pad_mode="same"))
        self.net = nn.SequentialCell(layers)

    def noise_map(self, sigma, ref):
        b, _, h, w = ref.shape
        sig = (sigma / self.sigma_scale).reshape(b, 1, 1, 1)
        return ops.broadcast_to(sig, (b, 1, h, w))

    def construct(self, noisy, sigma):
        x = self.down(noisy)
        nmap = self.noise_map(sigma, x)
        y = self.net(ops.concat((x, nmap), axis=1))
        return self.up(y)


def make():
    np.random.seed(3)
    noisy = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    sigma = Tensor(np.array([15.0, 25.0], dtype=np.float32))
    net = FFDNetLite()
    net.set_train(False)
    return net, (noisy, sigma)
