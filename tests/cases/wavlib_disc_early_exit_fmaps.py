# case: scale discriminator stops running deeper layers once the mean activation falls below a threshold (break on a tensor condition) while collecting feature maps of different shapes in a list -> Graph mode cannot return a list whose length depends on data (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiscConfig:
    def __init__(self, channels=8, num_layers=4, early_exit_threshold=0.05):
        self.channels = channels
        self.num_layers = num_layers
        self.early_exit_threshold = early_exit_threshold


class EarlyExitDiscriminator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.early_exit_threshold
        layers = [nn.Conv1d(1, config.channels, 5, stride=2, pad_mode="same", has_bias=True)]
        layers += [nn.Conv1d(config.channels, config.channels, 5, stride=2, pad_mode="same", has_bias=True)
                   for _ in range(config.num_layers - 1)]
        self.layers = nn.CellList(layers)
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        fmaps = []
        for layer in self.layers:
            x = self.act(layer(x))
            fmaps.append(x)
            if ops.abs(x).mean() < self.threshold:
                break
        return fmaps


def make():
    np.random.seed(35928)
    disc = EarlyExitDiscriminator(DiscConfig())
    wav = Tensor(np.random.randn(2, 1, 256).astype(np.float32))
    return disc, (wav,)
