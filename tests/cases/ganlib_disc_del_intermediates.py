# case: multiscale pix2pixHD discriminator frees each scale's downsampled input with `del` inside construct to save memory before moving to the next scale -> del statement in construct, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiscaleConfig:
    def __init__(self, num_D=2, ndf=8, n_layers=2, get_interm_feat=False):
        self.num_D = num_D
        self.ndf = ndf
        self.n_layers = n_layers
        self.get_interm_feat = get_interm_feat


class NLayerD(nn.Cell):
    def __init__(self, ndf, n_layers):
        super().__init__()
        layers = [nn.Conv2d(3, ndf, 4, stride=2, pad_mode="same"), nn.LeakyReLU(0.2)]
        for _ in range(n_layers - 1):
            layers += [nn.Conv2d(ndf, ndf, 4, stride=2, pad_mode="same"), nn.LeakyReLU(0.2)]
        layers.append(nn.Conv2d(ndf, 1, 3, pad_mode="same"))
        self.model = nn.SequentialCell(layers)

    def construct(self, x):
        return self.model(x)


class MultiscaleDiscriminator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.discs = nn.CellList([NLayerD(config.ndf, config.n_layers) for _ in range(config.num_D)])
        self.pool = nn.AvgPool2d(3, stride=2, pad_mode="same")

    def construct(self, x):
        results = ()
        current = x
        for d in self.discs:
            results = results + (d(current),)
            downsampled = self.pool(current)
            del current
            current = downsampled
        return results


def make():
    np.random.seed(3571)
    net = MultiscaleDiscriminator(MultiscaleConfig())
    x = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    return net, (x,)
