# case: validation cell computes PSNR on the Y channel after cropping a configured border, all in ops with a clamp on the MSE -> pure tensor ops with constant crop, expected static
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
    w = Tensor(np.array(Y_COEFFS, np.float32).reshape(1, 3, 1, 1))
    return (img * w).sum(axis=1, keepdims=True) + 16.0 / 255.0


class PSNRMetric(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.crop_border = config.crop_border
        self.test_y_channel = config.test_y_channel
        self.max_val = config.max_val

    def _psnr(self, sr, hr):
        mse = ((sr - hr) ** 2).mean(axis=(1, 2, 3))
        return 10.0 * ops.log10(self.max_val ** 2 / ops.clamp(mse, min=1e-10))

    def construct(self, sr, hr):
        b = getattr(self, "crop_border", 0)
        if b > 0:
            sr, hr = sr[..., b:-b, b:-b], hr[..., b:-b, b:-b]
        if self.test_y_channel and sr.shape[1] == 3:
            sr, hr = rgb_to_y(sr), rgb_to_y(hr)
        return self._psnr(sr, hr).mean()


def make():
    np.random.seed(17)
    hr = np.random.rand(2, 3, 12, 12).astype(np.float32)
    sr = np.clip(hr + 0.05 * np.random.randn(2, 3, 12, 12), 0, 1).astype(np.float32)
    return PSNRMetric(MetricConfig()), (Tensor(sr), Tensor(hr))
