# case: the same SpecAugment time mask with .item() slicing sits under `if self.training`, but the front end is evaluated in inference mode -> the branch is never taken, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontEndConfig:
    n_mels = 32
    time_mask_width = 6
    use_specaugment = True
    amin = 1e-10


def _power_to_db(power, amin):
    return 10.0 * ops.log(ops.clamp(power, min=amin)) / 2.302585093


class AugmentedLogMel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.amin = config.amin
        self.use_specaugment = config.use_specaugment
        self.width = config.time_mask_width
        self.norm = nn.LayerNorm((config.n_mels,))

    def _time_mask(self, spec):
        start = ops.randint(0, spec.shape[1] - self.width, (1,)).item()
        zeros = ops.zeros_like(spec[:, start:start + self.width])
        return ops.concat((spec[:, :start], zeros, spec[:, start + self.width:]), axis=1)

    def construct(self, power_mel):
        # power_mel: (B, T, n_mels)
        logmel = self.norm(_power_to_db(power_mel, self.amin))
        if self.training:
            if self.use_specaugment:
                logmel = self._time_mask(logmel)
        return logmel


def make():
    np.random.seed(3783)
    net = AugmentedLogMel(FrontEndConfig())
    net.set_train(False)
    power = Tensor(np.abs(np.random.randn(2, 50, 32)).astype(np.float32))
    return net, (power,)
