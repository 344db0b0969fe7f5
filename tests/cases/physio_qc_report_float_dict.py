# case: ECG signal-quality cell builds and returns a Python dict report with float() of tensor statistics (SNR, clipping ratio) -> error in Graph mode (float of tensor values)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SignalQualityReport(nn.Cell):
    def __init__(self, adc_max=2.0, noise_kernel=5):
        super().__init__()
        self.adc_max = adc_max
        self.smooth = nn.AvgPool1d(kernel_size=noise_kernel, stride=1, pad_mode="same")

    def construct(self, ecg):
        # ecg: (1, 1, n_samples)
        baseline = self.smooth(ecg)
        noise = ecg - baseline
        snr_db = 10.0 * ops.log10((baseline ** 2).mean() / ((noise ** 2).mean() + 1e-8))
        clipped = (ops.abs(ecg) >= self.adc_max).astype(ms.float32).mean()
        report = {"snr_db": float(snr_db), "clip_ratio": float(clipped)}
        report["usable"] = report["snr_db"] > 5.0 and report["clip_ratio"] < 0.01
        return report


def make():
    np.random.seed(10)
    t = np.linspace(0, 4, 256)
    ecg = np.sin(2 * np.pi * 1.1 * t) + 0.1 * np.random.randn(t.size)
    return SignalQualityReport(), (Tensor(ecg.reshape(1, 1, -1).astype(np.float32)),)
