# case: validation cell computes PSNR on the Y channel after cropping the border, converting the restored image with .asnumpy() and np.log10 in a metric helper -> NumPy on tensors inside construct, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MetricConfig:
    def __init__(self, crop_border=2, test_y_channel=True, max_val=1.0):
        self.crop_border = crop_border
        self.test_y_channel = test_y_channel
        self.max_val = max_val


Y_COEFFS = (65.481 / 255.0, 128.553 / 255.0, 24.966 / 255.0)


def rgb_to_y(img):
    return img[:, 0:1] * Y_COEFFS[0] + img[:, 1:2] * Y_COEFFS[1] + img[:, 2:3] * Y_COEFFS[2] + 16.0 / 255.0


class PSNRMetric(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.crop_border = config.crop_border
        self.test_y_channel = config.test_y_channel
        self.max_val = config.max_val

    def _psnr(self, sr, hr):
        mse = np.mean((sr.asnumpy() - hr.asnumpy()) ** 2)
        return 10.0 * np.log10(self.max_val ** 2 / max(mse, 1e-10))

    def construct(self, sr, hr):
        b = self.crop_border
        if b > 0:
            sr, hr = sr[:, :, b:-b, b:-b], hr[:, :, b:-b, b:-b]
        if self.test_y_channel:
            sr, hr = rgb_to_y(sr), rgb_to_y(hr)
        return Tensor(self._psnr(sr, hr), ms.float32)


def make():
    np.random.seed(16)
    hr = np.random.rand(1, 3, 12, 12).astype(np.float32)
    sr = np.clip(hr + 0.05 * np.random.randn(1, 3, 12, 12), 0, 1).astype(np.float32)
    return PSNRMetric(MetricConfig()), (Tensor(sr), Tensor(hr))
