# case: MeanShift as an nn.Conv2d subclass with fixed RGB-mean weights, img_range read with getattr and a default, wrapper forwarding *args/**kwargs to the body -> constant weights and Python-level defaults, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

DIV2K_RGB_MEAN = (0.4488, 0.4371, 0.4040)


class SRConfig:
    def __init__(self, num_feat=8, rgb_mean=DIV2K_RGB_MEAN, img_range=255.0):
        self.num_feat = num_feat
        self.rgb_mean = rgb_mean
        self.img_range = img_range


class MeanShift(nn.Conv2d):
    def __init__(self, rgb_range, rgb_mean, sign=-1):
        super().__init__(3, 3, 1, has_bias=True)
        w = np.eye(3, dtype=np.float32).reshape(3, 3, 1, 1)
        b = sign * rgb_range * np.array(rgb_mean, np.float32)
        self.weight = Parameter(Tensor(w), name="weight", requires_grad=False)
        self.bias = Parameter(Tensor(b), name="bias", requires_grad=False)


class Body(nn.Cell):
    def __init__(self, num_feat):
        super().__init__()
        self.conv1 = nn.Conv2d(3, num_feat, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv2d(num_feat, 3, 3, pad_mode="same", has_bias=True)

    def construct(self, x, residual=True):
        y = self.conv2(ops.relu(self.conv1(x)))
        return x + y if residual else y


class MeanShiftedSR(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.sub_mean = MeanShift(1.0, config.rgb_mean, sign=-1)
        self.add_mean = MeanShift(1.0, config.rgb_mean, sign=1)
        self.body = Body(config.num_feat)
        self.img_range = config.img_range

    def construct(self, x, *args, **kwargs):
        img_range = getattr(self, "img_range", 1.0)
        x = self.sub_mean(x) * img_range
        x = self.body(x, *args, **kwargs)
        return self.add_mean(x / img_range)


def make():
    np.random.seed(36)
    x = Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32))
    return MeanShiftedSR(SRConfig()), (x,)
