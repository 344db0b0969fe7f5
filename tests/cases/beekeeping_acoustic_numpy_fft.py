# case: hive acoustic monitor converts the microphone frame to numpy with .asnumpy() and uses np.fft to get the hum spectrum inside construct -> Graph mode cannot run asnumpy/NumPy on graph tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SAMPLE_RATE = 2000
HUM_BAND_HZ = (200, 500)


class HumSpectrum(nn.Cell):
    def __init__(self, n_fft=128):
        super().__init__()
        self.n_fft = n_fft
        self.norm = nn.LayerNorm((n_fft // 2 + 1,))

    def construct(self, audio_frame):
        frame = audio_frame.asnumpy()
        mag = np.abs(np.fft.rfft(frame, n=self.n_fft)).astype(np.float32)
        spec = Tensor(mag)
        return self.norm(spec)


def make():
    np.random.seed(71)
    t = np.arange(128) / SAMPLE_RATE
    audio = (np.sin(2 * np.pi * 250 * t) + 0.1 * np.random.randn(128)).astype(np.float32)
    return HumSpectrum(), (Tensor(audio.reshape(1, 128)),)
