# case: channel LayerNorm for restoration blocks normalises over a channel axis handed in as a tensor (data_format carried with the batch) -> reduction axis from tensor value, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NormConfig:
    def __init__(self, num_feat=8, eps=1e-6, affine=True):
        self.num_feat = num_feat
        self.eps = eps
        self.affine = affine


class ChannelLayerNorm(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.affine = config.affine
        self._build_affine(config.num_feat)

    def _build_affine(self, c):
        self.weight = Parameter(Tensor(np.ones((c,), np.float32)), name="weight")
        self.bias = Parameter(Tensor(np.zeros((c,), np.float32)), name="bias")

    def _affine_shape(self, ndim, axis):
        return tuple(-1 if d == axis else 1 for d in range(ndim))

    def construct(self, x, channel_axis):
        axis = int(channel_axis)
        mu = x.mean(axis=axis, keep_dims=True)
        var = ((x - mu) ** 2).mean(axis=axis, keep_dims=True)
        y = (x - mu) / ops.sqrt(var + self.eps)
        if self.affine:
            shape = self._affine_shape(x.ndim, axis)
            y = y * self.weight.reshape(shape) + self.bias.reshape(shape)
        return y


def make():
    np.random.seed(26)
    x = Tensor(np.random.randn(1, 8, 5, 5).astype(np.float32))
    return ChannelLayerNorm(NormConfig()), (x, Tensor(1, ms.int32))
