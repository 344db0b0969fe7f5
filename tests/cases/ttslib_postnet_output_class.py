# case: acoustic model returns a plain Python output class (return_dict=True default from config) built in construct -> error or unsupported in graph mode (plain class instance created in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AcousticConfig:
    def __init__(self, hidden_size=16, n_mels=20, postnet_layers=3, return_dict=True):
        self.hidden_size = hidden_size
        self.n_mels = n_mels
        self.postnet_layers = postnet_layers
        self.return_dict = return_dict


class AcousticModelOutput:
    def __init__(self, mel_before=None, mel_after=None):
        self.mel_before = mel_before
        self.mel_after = mel_after


class Postnet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        chans = [config.n_mels] + [config.hidden_size] * (config.postnet_layers - 1) + [config.n_mels]
        self.convs = nn.CellList([
            nn.Conv1d(cin, cout, 5, pad_mode="pad", padding=2, has_bias=True) for cin, cout in zip(chans[:-1], chans[1:])
        ])

    def construct(self, mel):
        h = mel
        for i, conv in enumerate(self.convs):
            h = conv(h)
            if i < len(self.convs) - 1:
                h = ops.tanh(h)
        return h


class MelDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.n_mels)
        self.postnet = Postnet(config)
        self.return_dict = config.return_dict

    def construct(self, hidden, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        mel = self.proj(hidden).transpose(0, 2, 1)
        mel_post = mel + self.postnet(mel)
        if not return_dict:
            return (mel, mel_post)
        return AcousticModelOutput(mel_before=mel, mel_after=mel_post)


def make():
    np.random.seed(21)
    cfg = AcousticConfig()
    hidden = Tensor(np.random.randn(2, 24, cfg.hidden_size).astype(np.float32))
    return MelDecoder(cfg), (hidden,)
