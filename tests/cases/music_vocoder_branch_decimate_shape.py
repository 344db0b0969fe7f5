# case: vocoder conditioning that decimates the mel by 2 only when the input is loud (tensor condition, branches leave different lengths) -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConditioningNet(nn.Cell):
    def __init__(self, n_mels=16, channels=16):
        super().__init__()
        self.conv = nn.Conv1d(n_mels, channels, 3, pad_mode="same")
        self.act = nn.Tanh()

    def construct(self, mel):
        return self.act(self.conv(mel))


class LoudnessAwareVocoder(nn.Cell):
    def __init__(self, n_mels=16, channels=16, loud_db=-10.0):
        super().__init__()
        self.cond = ConditioningNet(n_mels, channels)
        self.up = nn.Conv1dTranspose(channels, 1, 4, stride=4)
        self.loud_db = loud_db

    def maybe_decimate(self, mel):
        level = 10.0 * ops.log10(ops.exp(mel).mean() + 1e-9)
        if level > self.loud_db:
            mel = mel[..., ::2]
        return mel

    def construct(self, mel):
        mel = self.maybe_decimate(mel)
        h = self.cond(mel)
        return self.up(h)


def make():
    np.random.seed(23)
    mel = Tensor(np.random.randn(1, 16, 12).astype(np.float32))
    return LoudnessAwareVocoder(), (mel,)
