# case: streaming noise suppressor tracks a recursive noise estimate in a plain Tensor attribute and overwrites self.noise_est in construct after each chunk -> attribute write on self of a non-Parameter inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecursiveNoiseTracker(nn.Cell):
    def __init__(self, n_bins=16, alpha=0.95, over_sub=1.5):
        super().__init__()
        self.alpha = alpha
        self.over_sub = over_sub
        self.noise_est = Tensor(np.full((n_bins,), 1e-2, np.float32))

    def update_noise(self, power, speech_prob):
        frame_noise = ops.mean(power * (1.0 - speech_prob), axis=0)
        return self.alpha * self.noise_est + (1.0 - self.alpha) * frame_noise

    def construct(self, power, speech_prob):
        # power: (frames, bins) for one chunk; speech_prob: (frames, 1)
        new_noise = self.update_noise(power, speech_prob)
        self.noise_est = new_noise
        gain = ops.relu(1.0 - self.over_sub * new_noise / (power + 1e-8))
        return power * gain


def make():
    np.random.seed(40)
    power = np.abs(np.random.randn(6, 16)).astype(np.float32) ** 2
    prob = np.random.rand(6, 1).astype(np.float32)
    return RecursiveNoiseTracker(), (Tensor(power), Tensor(prob))
