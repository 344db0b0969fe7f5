# case: decoder trims padded mel output to the first utterance's predicted length via .item() before the postnet -> dynamic (slice length from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    hidden_size = 16
    n_mels = 20
    trim_output = True


class MelDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.n_mels)
        self.postnet = nn.Conv1d(config.n_mels, config.n_mels, 5, pad_mode="pad", padding=2, has_bias=True)
        self.trim_output = config.trim_output

    def _trim(self, mel, mel_lens):
        n_frames = mel_lens[0].item()
        return mel[:, :, :n_frames]

    def construct(self, hidden, mel_lens):
        mel = self.proj(hidden).transpose(0, 2, 1)
        if self.trim_output:
            mel = self._trim(mel, mel_lens)
        return mel + self.postnet(mel)


def make():
    np.random.seed(29)
    cfg = DecoderConfig()
    hidden = Tensor(np.random.randn(1, 40, cfg.hidden_size).astype(np.float32))
    lens = Tensor(np.array([33], dtype=np.int32))
    return MelDecoder(cfg), (hidden, lens)
