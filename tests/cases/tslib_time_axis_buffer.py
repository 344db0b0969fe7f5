# case: scaler that stores its time axis in a non-trainable Parameter (so it survives checkpoints) and reads it back with int() to choose the reduction axis -> reduce axis from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ScalerConfig:
    def __init__(self, time_axis=1, keepdim=True, minimum_scale=1e-5):
        self.time_axis = time_axis
        self.keepdim = keepdim
        self.minimum_scale = minimum_scale


class MeanScaler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self._register_buffers(config)
        self.keepdim = config.keepdim
        self.minimum_scale = config.minimum_scale

    def _register_buffers(self, config):
        self.time_axis = Parameter(Tensor(config.time_axis, ms.int32), name="time_axis", requires_grad=False)

    def _axis(self):
        return int(self.time_axis)

    def construct(self, data, observed=None):
        axis = self._axis()
        if observed is None:
            observed = ops.ones_like(data)
        total = (ops.abs(data) * observed).sum(axis=axis, keepdims=True)
        count = ops.clamp(observed.sum(axis=axis, keepdims=True), min=1.0)
        scale = ops.clamp(total / count, min=self.minimum_scale)
        return data / scale, scale


def make():
    np.random.seed(3448)
    x = Tensor(np.random.randn(3, 20, 4).astype(np.float32))
    return MeanScaler(ScalerConfig()), (x,)
