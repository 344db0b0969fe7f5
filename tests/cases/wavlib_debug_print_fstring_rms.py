# case: vocoder generator with a verbose flag set in its config prints an f-string of the output RMS tensor inside construct -> Graph mode may reject formatting a tensor value in an f-string (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GeneratorConfig:
    def __init__(self, mel_channels=20, upsample_rates=(4, 4), hidden=16, verbose=True):
        self.mel_channels = mel_channels
        self.upsample_rates = upsample_rates
        self.hidden = hidden
        self.verbose = verbose


class TinyHiFiGAN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.conv_pre = nn.Conv1d(config.mel_channels, config.hidden, 7, pad_mode="same", has_bias=True)
        ups = []
        ch = config.hidden
        for r in config.upsample_rates:
            ups.append(nn.Conv1dTranspose(ch, ch // 2, r * 2, stride=r, pad_mode="same", has_bias=True))
            ch = ch // 2
        self.ups = nn.CellList(ups)
        self.conv_post = nn.Conv1d(ch, 1, 7, pad_mode="same", has_bias=True)
        self.act = nn.LeakyReLU(0.1)

    def construct(self, mel):
        x = self.conv_pre(mel)
        for up in self.ups:
            x = up(self.act(x))
        wav = ops.tanh(self.conv_post(self.act(x)))
        if self.verbose:
            rms = ops.sqrt((wav * wav).mean())
            print(f"generator output rms={rms}")
        return wav


def make():
    np.random.seed(35919)
    gen = TinyHiFiGAN(GeneratorConfig())
    mel = Tensor(np.random.randn(1, 20, 32).astype(np.float32))
    return gen, (mel,)
