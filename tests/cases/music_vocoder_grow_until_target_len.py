# case: vocoder upsampler that keeps doubling the signal until it reaches a target length given as a tensor -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestUp2(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.smooth = nn.Conv1d(channels, channels, 3, pad_mode="same")

    def construct(self, x):
        x = ops.repeat_interleave(x, 2, axis=-1)
        return self.smooth(x)


class AdaptiveUpsampler(nn.Cell):
    def __init__(self, channels=8, max_stages=4):
        super().__init__()
        self.stages = nn.CellList([NearestUp2(channels) for _ in range(max_stages)])
        self.out = nn.Conv1d(channels, 1, 1)

    def construct(self, feats, target_len):
        x = feats
        i = 0
        while x.shape[-1] < target_len:
            x = self.stages[i](x)
            i += 1
        return self.out(x)[..., :target_len]


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(1, 8, 5).astype(np.float32))
    return AdaptiveUpsampler(), (feats, Tensor(36, ms.int32))
