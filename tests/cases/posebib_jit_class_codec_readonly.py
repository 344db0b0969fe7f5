# case: a @ms.jit_class integral-regression codec is built once in __init__ and only its decode method is called from construct (no attribute writes) -> expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class IntegralRegressionCodec:
    def __init__(self, heatmap_size, input_size):
        w, h = heatmap_size
        self.grid_x = Tensor(np.arange(w, dtype=np.float32))
        self.grid_y = Tensor(np.arange(h, dtype=np.float32))
        self.scale = Tensor(np.array([input_size[0] / w, input_size[1] / h], np.float32))

    def decode(self, probs):
        x = (probs.sum(2) * self.grid_x).sum(-1)
        y = (probs.sum(3) * self.grid_y).sum(-1)
        return ops.stack((x, y), -1) * self.scale


class DSNTConfig:
    in_channels = 32
    num_keypoints = 17
    heatmap_size = (12, 16)
    input_size = (48, 64)
    beta = 1.0


class IntegralRegressionHead(nn.Cell):
    def __init__(self, config, codec=None):
        super().__init__()
        self.codec = codec if codec is not None else IntegralRegressionCodec(config.heatmap_size, config.input_size)
        self.conv = nn.Conv2d(config.in_channels, config.num_keypoints, 1, has_bias=True)
        self.beta = config.beta

    def construct(self, feats):
        logits = self.conv(feats)
        b, k, h, w = logits.shape
        probs = ops.softmax(logits.reshape(b, k, h * w) * self.beta, -1).reshape(b, k, h, w)
        return self.codec.decode(probs)


def make():
    np.random.seed(131)
    feats = Tensor(np.random.randn(2, 32, 16, 12).astype(np.float32))
    return IntegralRegressionHead(DSNTConfig()), (feats,)
