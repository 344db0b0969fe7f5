# case: ECG front-end with constructor Python bool flags (use_notch, use_derivative) choosing branches, and a conv-based smoothing filter -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ECGFrontEnd(nn.Cell):
    def __init__(self, use_notch=True, use_derivative=False, kernel=5):
        super().__init__()
        self.use_notch = use_notch
        self.use_derivative = use_derivative
        w = np.ones((1, 1, kernel), dtype=np.float32) / kernel
        self.smooth_w = Tensor(w)
        self.kernel = kernel

    def moving_average(self, x):
        return ops.conv1d(x, self.smooth_w, pad_mode="pad", padding=self.kernel // 2)

    def construct(self, ecg):
        # ecg: (batch, 1, n_samples)
        x = ecg - ecg.mean(axis=-1, keep_dims=True)
        if self.use_notch:
            x = x - self.moving_average(x) * 0.5
        if self.use_derivative:
            x = x[..., 1:] - x[..., :-1]
        return x * x


def make():
    np.random.seed(28)
    ecg = np.random.randn(2, 1, 64).astype(np.float32)
    return ECGFrontEnd(use_notch=True, use_derivative=True), (Tensor(ecg),)
