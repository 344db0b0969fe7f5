# case: SpecAugment mixin draws a random time-mask start and cuts it out with .item()-based slicing while the model is in training -> tensor-valued slice bounds should be rejected or go dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AugConfig:
    n_mels = 32
    time_mask_width = 8
    freq_mask_width = 4
    use_specaugment = True


class SpecAugmentMixin:
    def _time_mask(self, spec, width):
        n_frames = spec.shape[-2]
        start = ops.randint(0, n_frames - width, (1,))
        s = start.item()
        zeros = ops.zeros_like(spec[:, :, s:s + width, :])
        return ops.concat((spec[:, :, :s, :], zeros, spec[:, :, s + width:, :]), axis=2)


class LogMelFrontEnd(nn.Cell, SpecAugmentMixin):
    def __init__(self, config):
        super().__init__()
        self.use_specaugment = config.use_specaugment
        self.time_mask_width = config.time_mask_width
        self.bn0 = nn.BatchNorm2d(config.n_mels)

    def construct(self, logmel):
        # logmel: (B, 1, T, n_mels)
        x = logmel.transpose(0, 3, 2, 1)
        x = self.bn0(x).transpose(0, 3, 2, 1)
        if self.training and self.use_specaugment:
            x = self._time_mask(x, self.time_mask_width)
        return x


def make():
    np.random.seed(3782)
    net = LogMelFrontEnd(AugConfig())
    net.set_train(True)
    logmel = Tensor(np.random.randn(2, 1, 64, 32).astype(np.float32))
    return net, (logmel,)
