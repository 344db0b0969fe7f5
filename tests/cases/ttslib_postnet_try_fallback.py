# case: postnet selected by config wraps the residual add in try/except to fall back to the pre-net mel on shape mismatch -> error at STRICT/LAX (try statement in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostnetConfig:
    def __init__(self, n_mels=20, postnet_dim=24, postnet_type="conv", n_layers=3):
        self.n_mels = n_mels
        self.postnet_dim = postnet_dim
        self.postnet_type = postnet_type
        self.n_layers = n_layers


class ConvPostnet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = [config.n_mels] + [config.postnet_dim] * (config.n_layers - 1) + [config.n_mels]
        self.layers = nn.CellList([nn.Conv1d(a, b, 5, pad_mode="pad", padding=2, has_bias=True) for a, b in zip(dims, dims[1:])])

    def construct(self, mel):
        for layer in self.layers:
            mel = ops.tanh(layer(mel))
        return mel


POSTNETS = {"conv": ConvPostnet}


class MelRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.postnet = POSTNETS[config.postnet_type](config)

    def construct(self, mel):
        residual = self.postnet(mel)
        try:
            refined = mel + residual
        except ValueError:
            refined = mel
        return refined


def make():
    np.random.seed(39)
    cfg = PostnetConfig()
    mel = Tensor(np.random.randn(2, cfg.n_mels, 30).astype(np.float32))
    return MelRefiner(cfg), (mel,)
