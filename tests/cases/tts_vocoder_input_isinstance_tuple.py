# case: mel-to-vocoder adapter accepting either a mel tensor or a (mel, postnet_mel) tuple, dispatched with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MelDenormalize(nn.Cell):
    def __init__(self, n_mels=8, mean=-5.0, std=2.0):
        super().__init__()
        self.mean = mean
        self.std = std

    def construct(self, mel):
        return mel * self.std + self.mean


class VocoderAdapter(nn.Cell):
    def __init__(self, n_mels=8, upsample=4, prefer_postnet=True):
        super().__init__()
        self.denorm = MelDenormalize(n_mels)
        self.prefer_postnet = prefer_postnet
        self.upsample = upsample
        self.conv = nn.Conv1d(n_mels, n_mels, 3, pad_mode="same", has_bias=True)

    def _pick(self, outputs):
        if isinstance(outputs, (tuple, list)):
            if self.prefer_postnet and len(outputs) > 1:
                return outputs[1]
            return outputs[0]
        return outputs

    def construct(self, outputs):
        mel = self.denorm(self._pick(outputs))
        x = self.conv(mel.transpose(0, 2, 1))
        b, c, t = x.shape
        x = ops.tile(x.expand_dims(-1), (1, 1, 1, self.upsample)).reshape(b, c, t * self.upsample)
        return x


def make():
    np.random.seed(33)
    mel = Tensor(np.random.randn(1, 5, 8).astype(np.float32))
    post = Tensor(np.random.randn(1, 5, 8).astype(np.float32))
    return VocoderAdapter(), ((mel, post),)
