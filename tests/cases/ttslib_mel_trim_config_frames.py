# case: decoder trims padded mel output to a fixed max_decoder_steps from config, and masks the rest by multiplying with a length mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    hidden_size = 16
    n_mels = 20
    max_decoder_steps = 32
    trim_output = True


def length_mask(lengths, max_len):
    return (ops.arange(max_len).expand_dims(0) < lengths.expand_dims(1)).astype(ms.float32)


class MelDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.n_mels)
        self.postnet = nn.Conv1d(config.n_mels, config.n_mels, 5, pad_mode="pad", padding=2, has_bias=True)
        self.trim_output = config.trim_output
        self.max_steps = config.max_decoder_steps

    def _trim(self, mel, mel_lens):
        n_frames = min(self.max_steps, mel.shape[-1])
        mel = mel[:, :, :n_frames]
        return mel * length_mask(mel_lens, n_frames).expand_dims(1)

    def construct(self, hidden, mel_lens):
        mel = self.proj(hidden).transpose(0, 2, 1)
        if self.trim_output:
            mel = self._trim(mel, mel_lens)
        return mel + self.postnet(mel)


def make():
    np.random.seed(30)
    cfg = DecoderConfig()
    hidden = Tensor(np.random.randn(2, 40, cfg.hidden_size).astype(np.float32))
    lens = Tensor(np.array([30, 21], dtype=np.int32))
    return MelDecoder(cfg), (hidden, lens)
