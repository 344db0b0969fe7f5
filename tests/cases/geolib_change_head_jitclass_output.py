# case: change-detection decoder wraps logits and change probability in an @ms.jit_class output object built inside construct and returns it -> jit_class instance as graph output, expected to be refused
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ChangeMapOutput:
    def __init__(self, logits, prob):
        self.logits = logits
        self.prob = prob


class DecoderConfig:
    def __init__(self, channels=16, upsample=2, return_dict=True):
        self.channels = channels
        self.upsample = upsample
        self.return_dict = return_dict


class ChangeDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fuse = nn.Conv2d(2 * config.channels, config.channels, 3, pad_mode="same")
        self.head = nn.Conv2d(config.channels, 1, 1)
        self.upsample = config.upsample
        self.return_dict = config.return_dict

    def _upsample(self, x):
        h, w = x.shape[-2:]
        return ops.interpolate(x, size=(h * self.upsample, w * self.upsample), mode="bilinear")

    def construct(self, feat_a, feat_b):
        fused = ops.relu(self.fuse(ops.cat((feat_a, feat_b), axis=1)))
        logits = self._upsample(self.head(fused))
        prob = ops.sigmoid(logits)
        if self.return_dict:
            return ChangeMapOutput(logits, prob)
        return logits, prob


def make():
    np.random.seed(3377)
    a = Tensor(np.random.rand(2, 16, 16, 16).astype(np.float32))
    b = Tensor(np.random.rand(2, 16, 16, 16).astype(np.float32))
    return ChangeDecoder(DecoderConfig()), (a, b)
