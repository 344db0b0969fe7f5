# case: pix2pix/PGGAN-style decoder upsamples in a while loop until the current resolution reaches a target resolution passed as a tensor -> loop count from data with the feature map growing each iteration, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, channels=8, start_res=4, max_upsamples=3):
        self.channels = channels
        self.start_res = start_res
        self.max_upsamples = max_upsamples


class UpBlock(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same")

    def construct(self, x):
        x = ops.interpolate(x, size=(x.shape[2] * 2, x.shape[3] * 2), mode="nearest")
        return ops.leaky_relu(self.conv(x), 0.2)


class AnyResDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.start_res = config.start_res
        self.up = UpBlock(config.channels)
        self.to_rgb = nn.Conv2d(config.channels, 3, 1)

    def construct(self, x, target_res):
        res = self.start_res
        while res < target_res:
            x = self.up(x)
            res = res * 2
        return ops.tanh(self.to_rgb(x))


def make():
    np.random.seed(3567)
    net = AnyResDecoder(DecoderConfig())
    x = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    target_res = Tensor(np.array(16, np.int32))
    return net, (x, target_res)
