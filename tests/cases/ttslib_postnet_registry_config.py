# case: postnet chosen from a module-level registry by config string at __init__, identity postnet when disabled, **kwargs forwarded -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostnetConfig:
    def __init__(self, n_mels=20, postnet_dim=24, postnet_type="conv", n_layers=3, dropout=0.5):
        self.n_mels = n_mels
        self.postnet_dim = postnet_dim
        self.postnet_type = postnet_type
        self.n_layers = n_layers
        self.dropout = dropout


class ConvPostnet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = [config.n_mels] + [config.postnet_dim] * (config.n_layers - 1) + [config.n_mels]
        self.layers = nn.CellList([nn.Conv1d(a, b, 5, pad_mode="pad", padding=2, has_bias=True) for a, b in zip(dims, dims[1:])])
        self.dropout = nn.Dropout(p=config.dropout)

    def construct(self, mel, *args, **kwargs):
        for layer in self.layers:
            mel = self.dropout(ops.tanh(layer(mel)))
        return mel


class IdentityPostnet(nn.Cell):
    def construct(self, mel, *args, **kwargs):
        return ops.zeros_like(mel)


POSTNETS = {"conv": ConvPostnet, "none": IdentityPostnet}


def build_postnet(config):
    cls = POSTNETS.get(config.postnet_type, IdentityPostnet)
    return cls(config) if cls is ConvPostnet else cls()


class MelRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.postnet = build_postnet(config)

    def construct(self, mel, *args, **kwargs):
        return mel + self.postnet(mel, *args, **kwargs)


def make():
    np.random.seed(40)
    cfg = PostnetConfig()
    net = MelRefiner(cfg)
    net.set_train(False)
    mel = Tensor(np.random.randn(2, cfg.n_mels, 30).astype(np.float32))
    return net, (mel,)
