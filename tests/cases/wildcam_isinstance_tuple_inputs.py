# case: camera-trap classifier accepts either a single image batch or an (rgb, infrared) tuple and dispatches with isinstance -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DualModalityClassifier(nn.Cell):
    def __init__(self, num_species=5):
        super().__init__()
        self.rgb_conv = nn.Conv2d(3, 8, 3, pad_mode="same")
        self.ir_conv = nn.Conv2d(1, 8, 3, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Dense(8, num_species)

    def features(self, inputs):
        if isinstance(inputs, tuple):
            rgb, ir = inputs
            return self.rgb_conv(rgb) + self.ir_conv(ir)
        return self.rgb_conv(inputs)

    def construct(self, inputs):
        f = self.pool(self.features(inputs))
        return self.fc(f.reshape(f.shape[0], -1))


def make():
    np.random.seed(24)
    rgb = Tensor(np.random.rand(2, 3, 12, 12).astype(np.float32))
    ir = Tensor(np.random.rand(2, 1, 12, 12).astype(np.float32))
    return DualModalityClassifier(), ((rgb, ir),)
