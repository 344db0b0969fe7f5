# case: 3-D conv stem runs its convolution inside a library "autocast" context manager chosen by a config flag -> with-statement on a Python object in construct, likely rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class _NullAutocast:
    def __init__(self, enabled=True):
        self.enabled = enabled

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class StemConfig:
    def __init__(self, width=8, mixed_precision=False):
        self.width = width
        self.mixed_precision = mixed_precision


class AutocastStem(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv3d(3, config.width, (3, 7, 7), stride=(1, 2, 2), pad_mode="same")
        self.norm = nn.BatchNorm3d(config.width)
        self.mixed_precision = config.mixed_precision

    def construct(self, video):
        with _NullAutocast(self.mixed_precision):
            x = self.conv(video)
        return ops.relu(self.norm(x))


def make():
    np.random.seed(121)
    net = AutocastStem(StemConfig())
    net.set_train(False)
    video = Tensor(np.random.randn(1, 3, 4, 16, 16).astype(np.float32))
    return net, (video,)
