# case: text-line classifier preprocessing that rotates vertical crops (a transpose of H and W on a non-square crop) when a tensor flag says the line is vertical, so the two branches leave different shapes -> rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClsConfig:
    def __init__(self, in_channels=3, num_classes=2, handle_vertical=True):
        self.in_channels = in_channels
        self.num_classes = num_classes
        self.handle_vertical = handle_vertical


class OrientationMixin:
    def _to_horizontal(self, crop, is_vertical):
        if is_vertical:
            crop = crop.transpose(0, 1, 3, 2)
        return crop


class TextlineClassifier(nn.Cell, OrientationMixin):
    def __init__(self, config):
        super().__init__()
        self.handle_vertical = config.handle_vertical
        self.conv = nn.Conv2d(config.in_channels, 8, 3, stride=2)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Dense(8, config.num_classes)

    def construct(self, crop, is_vertical):
        if self.handle_vertical:
            crop = self._to_horizontal(crop, is_vertical)
        feat = ops.relu(self.conv(crop))
        pooled = self.pool(feat).reshape(crop.shape[0], -1)
        return self.fc(pooled), crop.shape[-1]


def make():
    np.random.seed(31)
    crop = Tensor(np.random.rand(1, 3, 48, 16).astype(np.float32))
    return TextlineClassifier(ClsConfig()), (crop, Tensor(True))
