# case: streaming vocoder creates a @ms.jit_class StreamingState object in construct, mutates its cached tail and frame counter, and returns it to the caller -> Graph mode may refuse returning a jit_class instance (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class StreamingState:
    def __init__(self, tail, frames_seen):
        self.tail = tail
        self.frames_seen = frames_seen


class VocoderConfig:
    def __init__(self, mel_channels=20, hop=4, context=2):
        self.mel_channels = mel_channels
        self.hop = hop
        self.context = context


class StreamingVocoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.context = config.context
        self.conv = nn.Conv1d(config.mel_channels, 8, 3, pad_mode="valid", has_bias=True)
        self.up = nn.Conv1dTranspose(8, 1, config.hop * 2, stride=config.hop, pad_mode="same", has_bias=True)

    def construct(self, mel, tail=None):
        if tail is None:
            tail = ops.zeros((mel.shape[0], mel.shape[1], self.context), mel.dtype)
        state = StreamingState(tail, 0)
        x = ops.concat((state.tail, mel), axis=-1)
        state.tail = x[:, :, -self.context:]
        state.frames_seen = state.frames_seen + mel.shape[-1]
        wav = ops.tanh(self.up(self.conv(x)))
        return wav, state


def make():
    np.random.seed(35940)
    voc = StreamingVocoder(VocoderConfig())
    mel = Tensor(np.random.randn(1, 20, 16).astype(np.float32))
    return voc, (mel,)
