# case: estimates the noise PSD as the mean over non-speech frames using a float VAD mask multiplied in and divided by its sum, then applies Wiener gain -> fixed-size mask arithmetic, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WienerFilter(nn.Cell):
    def __init__(self, vad_threshold=0.5, gain_floor=0.1):
        super().__init__()
        self.vad_threshold = vad_threshold
        self.gain_floor = gain_floor

    def noise_psd(self, power, vad_prob):
        noise_mask = (vad_prob < self.vad_threshold).astype(power.dtype).expand_dims(-1)
        total = ops.sum(power * noise_mask, dim=1, keepdim=True)
        count = ops.sum(noise_mask, dim=1, keepdim=True)
        return total / ops.maximum(count, ops.ones_like(count))

    def construct(self, power, vad_prob):
        # power: (batch, frames, bins); vad_prob: (batch, frames)
        noise = self.noise_psd(power, vad_prob)
        prior_snr = ops.relu(power / (noise + 1e-8) - 1.0)
        gain = prior_snr / (1.0 + prior_snr)
        gain = ops.maximum(gain, ops.full_like(gain, self.gain_floor))
        return power * gain * gain


def make():
    np.random.seed(32)
    power = np.abs(np.random.randn(2, 12, 16)).astype(np.float32) ** 2
    vad = np.random.rand(2, 12).astype(np.float32)
    return WienerFilter(), (Tensor(power), Tensor(vad))
