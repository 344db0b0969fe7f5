# case: UNet mid-block takes a low-resolution pooled path when the tensor noise level sigma exceeds a config threshold, keeping full resolution otherwise -> tensor condition whose branches yield different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MidBlockConfig:
    channels = 8
    high_noise_sigma = 5.0
    use_low_res_path = True


class MidBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.high_noise_sigma = config.high_noise_sigma
        self.use_low_res_path = config.use_low_res_path
        self.conv = nn.Conv2d(config.channels, config.channels, 3, pad_mode="same", has_bias=True)
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def _low_res(self, h):
        return self.conv(self.pool(h))

    def construct(self, hidden_states, sigma):
        if self.use_low_res_path and sigma.max() > self.high_noise_sigma:
            out = self._low_res(hidden_states)
        else:
            out = self.conv(hidden_states)
        return ops.silu(out)


def make():
    np.random.seed(36)
    h = Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32))
    sigma = Tensor(np.array([7.0], np.float32))
    return MidBlock(MidBlockConfig()), (h, sigma)
