# case: SAR-style recogniser accepts images or (images, valid_ratios) tuple guarded by isinstance and builds a width mask with arange compare -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvEncoder(nn.Cell):
    def __init__(self, cin=1, dim=16):
        super().__init__()
        self.body = nn.SequentialCell([nn.Conv2d(cin, dim, 3, pad_mode="same"), nn.ReLU(),
                                       nn.MaxPool2d(kernel_size=(2, 1), stride=(2, 1))])

    def construct(self, x):
        return self.body(x)


class ValidRatioRecognizer(nn.Cell):
    def __init__(self, cin=1, dim=16, num_classes=30):
        super().__init__()
        self.encoder = ConvEncoder(cin, dim)
        self.cls = nn.Dense(dim, num_classes)

    def _width_mask(self, valid_ratios, width):
        valid_w = ops.ceil(valid_ratios * width).reshape(-1, 1)
        cols = ops.arange(width, dtype=ms.float32).reshape(1, width)
        return (cols < valid_w).astype(ms.float32)

    def construct(self, inputs):
        if isinstance(inputs, (tuple, list)):
            images, valid_ratios = inputs
        else:
            images, valid_ratios = inputs, None
        feat = self.encoder(images).mean(axis=2)  # (B, C, W)
        width = feat.shape[-1]
        if valid_ratios is None:
            pooled = feat.mean(axis=-1)
        else:
            mask = self._width_mask(valid_ratios, width).expand_dims(1)
            pooled = (feat * mask).sum(axis=-1) / ops.maximum(mask.sum(axis=-1), 1.0)
        return self.cls(pooled)


def make():
    np.random.seed(38)
    images = Tensor(np.random.randn(2, 1, 8, 24).astype(np.float32))
    ratios = Tensor(np.array([1.0, 0.5], dtype=np.float32))
    return ValidRatioRecognizer(), ((images, ratios),)
