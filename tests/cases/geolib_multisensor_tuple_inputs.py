# case: multi-sensor fusion encoder accepts either one tensor or a tuple of per-sensor tensors (optical, SAR), guarded with isinstance, and concatenates on the band axis -> structure-only checks, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    def __init__(self, optical_bands=4, sar_bands=2, width=8, sar_log_scale=True):
        self.optical_bands = optical_bands
        self.sar_bands = sar_bands
        self.width = width
        self.sar_log_scale = sar_log_scale


def to_db(x, eps=1e-6):
    return 10.0 * ops.log(x + eps) / 2.302585093


class MultiSensorFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        total = config.optical_bands + config.sar_bands
        self.conv = nn.Conv2d(total, config.width, 3, pad_mode="same")
        self.sar_log_scale = config.sar_log_scale

    def _merge(self, inputs):
        if isinstance(inputs, Tensor):
            return inputs
        if isinstance(inputs, (list, tuple)):
            parts = [inputs[0]] + [to_db(x) if self.sar_log_scale else x for x in inputs[1:]]
            return ops.cat(parts, axis=1)
        raise TypeError("unsupported input")

    def construct(self, inputs):
        return ops.relu(self.conv(self._merge(inputs)))


def make():
    np.random.seed(3409)
    optical = Tensor(np.random.rand(2, 4, 16, 16).astype(np.float32))
    sar = Tensor(np.random.rand(2, 2, 16, 16).astype(np.float32))
    return MultiSensorFusion(FusionConfig()), ((optical, sar),)
